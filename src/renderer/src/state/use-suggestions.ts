import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Article, Suggestion } from '../../../shared/model';
import { call } from '../api/client';

const THRESHOLD_KEY = 'factcheck-suggest-threshold';
const ENABLED_KEY = 'factcheck-suggest-enabled';

export const suggestionKey = (s: { start: number; end: number }): string => `${s.start}-${s.end}`;

/**
 * The check-worthy sentences of the version on screen, with the editor's sensitivity and on/off
 * choice (kept between sessions). Scoring runs in the core; this only asks and filters.
 */
export function useSuggestions(article: Article | null, versionN: number | null, report: (error: unknown) => void) {
  const [all, setAll] = useState<{ key: string; list: Suggestion[] } | null>(null);
  const [threshold, setThresholdState] = useState(() => Number(localStorage.getItem(THRESHOLD_KEY) ?? '0.5'));
  const [enabled, setEnabledState] = useState(() => localStorage.getItem(ENABLED_KEY) !== 'off');
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  // The list is asked for again only when the version or the dismissals change. Which sentences are
  // already tagged is worked out here, at once: a refetch after every claim would redraw the draft
  // a moment later, under the editor's next selection.
  const articleId = article?.id;
  const shownVersion = article ? (versionN ?? article.versions.length) : null;
  const requestKey = article ? [article.id, shownVersion, article.dismissedSuggestions?.length ?? 0].join(':') : null;

  useEffect(() => {
    if (!articleId || !requestKey) return;
    let live = true;
    call('suggestions.list', { articleId, ...(versionN ? { version: versionN } : {}) }).then(
      (list) => live && setAll({ key: requestKey, list }),
      (error: unknown) => live && report(error),
    );
    return () => {
      live = false;
    };
  }, [articleId, versionN, requestKey, report]);

  const claims = article?.claims;
  const visible = useMemo(() => {
    const list = all && all.key === requestKey ? all.list : [];
    if (!enabled) return [];
    const tagged = (claims ?? [])
      .filter((c) => c.anchor.version === shownVersion)
      .map((c) => c.anchor)
      .sort((a, b) => a.start - b.start);
    let next = 0;
    return list.filter((s) => {
      while (next < tagged.length && tagged[next]!.end <= s.start) next++;
      // Sorted by start, the first claim ending after this sentence starts is the only one to check.
      const overlapsClaim = next < tagged.length && tagged[next]!.start < s.end;
      return s.score >= threshold && !overlapsClaim && !s.dismissed;
    });
  }, [all, requestKey, enabled, threshold, claims, shownVersion]);
  const selected = visible.find((s) => suggestionKey(s) === selectedKey) ?? null;

  const setThreshold = useCallback((value: number) => {
    localStorage.setItem(THRESHOLD_KEY, String(value));
    setThresholdState(value);
  }, []);
  const setEnabled = useCallback((value: boolean) => {
    localStorage.setItem(ENABLED_KEY, value ? 'on' : 'off');
    setEnabledState(value);
  }, []);

  return { visible, selected, select: setSelectedKey, threshold, setThreshold, enabled, setEnabled };
}

export type Suggestions = ReturnType<typeof useSuggestions>;
