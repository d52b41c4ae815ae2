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
  // Suggestions depend on which spans are tagged and what was dismissed, not on statuses or notes.
  const requestKey = article
    ? [
        article.id,
        versionN ?? article.versions.length,
        article.claims.length,
        article.claims.reduce((sum, c) => sum + c.anchor.start + c.anchor.version, 0),
        article.dismissedSuggestions?.length ?? 0,
      ].join(':')
    : null;

  useEffect(() => {
    if (!article || !requestKey) return;
    let live = true;
    call('suggestions.list', { articleId: article.id, ...(versionN ? { version: versionN } : {}) }).then(
      (list) => live && setAll({ key: requestKey, list }),
      (error: unknown) => live && report(error),
    );
    return () => {
      live = false;
    };
  }, [article, versionN, requestKey, report]);

  const visible = useMemo(() => {
    const list = all && all.key === requestKey ? all.list : [];
    return enabled ? list.filter((s) => s.score >= threshold && !s.tagged && !s.dismissed) : [];
  }, [all, requestKey, enabled, threshold]);
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
