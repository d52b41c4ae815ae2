import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Article, Suggestion } from '../../../shared/model';
import { call } from '../api/client';

const THRESHOLD_KEY = 'factcheck-suggest-threshold';
const ENABLED_KEY = 'factcheck-suggest-enabled';

export const suggestionKey = (s: { start: number; end: number }): string => `${s.start}-${s.end}`;

interface Loaded {
  articleId: string;
  version: number;
  dismissals: number;
  list: Suggestion[];
}

/**
 * The check-worthy sentences of the current version, with the editor's sensitivity and on/off
 * choice (kept between sessions). Scoring runs in the core; this asks, and filters at once by what
 * is on screen: tagged sentences and dismissals are hidden without waiting for a new list, so the
 * draft is never redrawn a moment later under the editor's next selection. Earlier versions, which
 * are read only, get no suggestions.
 */
export function useSuggestions(article: Article | null, showsCurrent: boolean, report: (error: unknown) => void) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [threshold, setThresholdState] = useState(() => Number(localStorage.getItem(THRESHOLD_KEY) ?? '0.5'));
  const [enabled, setEnabledState] = useState(() => localStorage.getItem(ENABLED_KEY) !== 'off');
  const [selected, setSelected] = useState<{ articleId: string; key: string } | null>(null);

  const articleId = article?.id;
  const version = article?.versions.length ?? 0;
  const dismissals = article?.dismissedSuggestions?.length ?? 0;

  useEffect(() => {
    if (!articleId || !showsCurrent) return;
    let live = true;
    call('suggestions.list', { articleId }).then(
      (list) => live && setLoaded({ articleId, version, dismissals, list }),
      (error: unknown) => live && report(error),
    );
    return () => {
      live = false;
    };
  }, [articleId, version, dismissals, showsCurrent, report]);

  const claims = article?.claims;
  const dismissed = article?.dismissedSuggestions;
  const visible = useMemo(() => {
    // A list for the same article and version stays in use while a fresher one loads.
    if (!enabled || !showsCurrent || !loaded || loaded.articleId !== articleId || loaded.version !== version) return [];
    const hidden = new Set(dismissed ?? []);
    const tagged = (claims ?? [])
      .filter((c) => c.anchor.version === version)
      .map((c) => c.anchor)
      .sort((a, b) => a.start - b.start);
    let next = 0;
    return loaded.list.filter((s) => {
      while (next < tagged.length && tagged[next]!.end <= s.start) next++;
      // Sorted by start, the first claim ending after this sentence starts is the only one to check.
      const overlapsClaim = next < tagged.length && tagged[next]!.start < s.end;
      return s.score >= threshold && !overlapsClaim && !hidden.has(s.text);
    });
  }, [loaded, articleId, version, enabled, showsCurrent, threshold, claims, dismissed]);

  const current = selected && selected.articleId === articleId ? selected.key : null;
  const selectedSuggestion = visible.find((s) => suggestionKey(s) === current) ?? null;
  const select = useCallback(
    (key: string | null) => setSelected(key && articleId ? { articleId, key } : null),
    [articleId],
  );

  const setThreshold = useCallback((value: number) => {
    localStorage.setItem(THRESHOLD_KEY, String(value));
    setThresholdState(value);
  }, []);
  const setEnabled = useCallback((value: boolean) => {
    localStorage.setItem(ENABLED_KEY, value ? 'on' : 'off');
    setEnabledState(value);
  }, []);

  return { visible, selected: selectedSuggestion, select, threshold, setThreshold, enabled, setEnabled };
}

export type Suggestions = ReturnType<typeof useSuggestions>;
