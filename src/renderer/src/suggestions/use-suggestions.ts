import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { Article } from '../../../shared/model';
import { queryOptionsFor } from '../api/queries';
import { suggestionKey } from './suggestion-key';

const THRESHOLD_KEY = 'factcheck-suggest-threshold';
const ENABLED_KEY = 'factcheck-suggest-enabled';

/**
 * The check-worthy sentences of the current version, with the editor's sensitivity and on/off
 * choice (kept between sessions). Scoring runs in the core; this asks once per version, and filters
 * by what is on screen: tagged sentences and dismissals are hidden without waiting for a new list, so
 * the draft is never redrawn a moment later under the editor's next selection. Earlier versions,
 * which are read only, get no suggestions.
 */
export function useSuggestions(article: Article | null, showsCurrent: boolean) {
  const [threshold, setThresholdState] = useState(() => Number(localStorage.getItem(THRESHOLD_KEY) ?? '0.5'));
  const [enabled, setEnabledState] = useState(() => localStorage.getItem(ENABLED_KEY) !== 'off');
  const [selected, setSelected] = useState<{ articleId: string; key: string } | null>(null);

  const articleId = article?.id;
  const version = article?.versions.length ?? 0;
  const { data: list } = useQuery({
    ...queryOptionsFor('suggestions.list', { articleId: articleId ?? '', version }),
    // Switched off, nothing is scored: on a long draft that is seconds of the core's time.
    enabled: articleId !== undefined && showsCurrent && enabled,
  });

  const claims = article?.claims;
  const dismissed = article?.dismissedSuggestions;
  const visible = useMemo(() => {
    if (!enabled || !showsCurrent || !list) return [];
    const hidden = new Set(dismissed ?? []);
    const tagged = (claims ?? [])
      .filter((c) => c.anchor.version === version)
      .map((c) => c.anchor)
      .sort((a, b) => a.start - b.start);
    let next = 0;
    return list.filter((s) => {
      while (next < tagged.length && tagged[next]!.end <= s.start) next++;
      // Sorted by start, the first claim ending after this sentence starts is the only one to check.
      const overlapsClaim = next < tagged.length && tagged[next]!.start < s.end;
      return s.score >= threshold && !overlapsClaim && !hidden.has(s.text);
    });
  }, [list, version, enabled, showsCurrent, threshold, claims, dismissed]);

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
