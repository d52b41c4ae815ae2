import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Article, Claim, ClaimKind, ClaimStatus, Suggestion } from '../../../shared/model';
import { ApiCallError } from '../api/client';
import { useArticle } from '../articles/article-queries';
import { useSetStatus, useUndoClaim } from '../claims/claim-mutations';
import { useClaimFilter, type ClaimFilterState } from '../claims/use-claim-filter';
import { conflictedClaimIds, useConflicts } from '../desk/sync-queries';
import { useNavigate, useNavigation } from '../navigation/NavigationProvider';
import { viewOf, type View } from '../navigation/navigation-state';
import { useSettings } from '../settings/settings-queries';
import { useSources } from '../sources/source-queries';
import { useAcceptSuggestions, useDismissSuggestion } from '../suggestions/suggestion-mutations';
import { useSuggestions, type Suggestions } from '../suggestions/use-suggestions';
import { useNotify } from '../ui/notices-context';

/** The checking work on the open article, shared by the draft, the claims pane and the shortcuts. */
export interface Work {
  article: Article | null;
  /** Why the open article could not be read, if it could not. */
  articleError: Error | null;
  selectedClaim: Claim | null;
  view: View;
  setView: (view: View) => void;
  /** The current version's number. */
  latest: number;
  suggestions: Suggestions;
  /** The suggestion in the inspector (none while a claim is open). */
  suggestion: Suggestion | null;
  claimFilter: ClaimFilterState;
  /** The open article's claims with an unresolved conflict (desk sync). */
  conflicted: ReadonlySet<string>;
  /** Why the selected claim's last status change was refused (shown beside the status buttons). */
  statusRefusal: string | null;
  /** Resolves true when the status is stored. */
  setStatus: (claimId: string, status: ClaimStatus, note?: string) => Promise<boolean>;
  undo: (claimId: string) => void;
  acceptSuggestion: (kind?: ClaimKind) => void;
  acceptAllSuggestions: () => void;
  dismissSuggestion: () => void;
}

const WorkContext = createContext<Work | null>(null);

export function useWork(): Work {
  const work = useContext(WorkContext);
  if (!work) throw new Error('WorkProvider is missing.');
  return work;
}

export function WorkProvider({ children }: { children: ReactNode }) {
  const navigation = useNavigation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { data, error } = useArticle(navigation.articleId);
  // While another article loads, nothing of the previous one is shown as if it were the new one.
  const article = data && data.id === navigation.articleId ? data : null;
  const view = viewOf(navigation);
  const latest = article?.versions.length ?? 1;
  const setView = useCallback((next: View) => navigate({ type: 'set-view', view: next }), [navigate]);
  const settings = useSettings();
  const sources = useSources();
  const conflicts = useConflicts(navigation.articleId);
  const conflicted = useMemo(() => conflictedClaimIds(conflicts), [conflicts]);
  const claimFilter = useClaimFilter(article, settings?.editorName ?? '', sources, conflicted);
  const suggestions = useSuggestions(article, view.kind === 'draft' && view.version === null);
  const selectedClaim = article?.claims.find((c) => c.id === navigation.claimId) ?? null;
  const suggestion = selectedClaim ? null : suggestions.selected;
  const [refusal, setRefusal] = useState<{ claimId: string; message: string } | null>(null);

  const statusChange = useSetStatus();
  const undoChange = useUndoClaim();
  const accept = useAcceptSuggestions();
  const dismiss = useDismissSuggestion();

  const articleId = article?.id;
  /** A refusal by the status rules is explained beside the buttons; anything else is a notice. */
  const settle = async (claimId: string, change: Promise<unknown>): Promise<boolean> => {
    try {
      await change;
      setRefusal(null);
      return true;
    } catch (failure) {
      if (failure instanceof ApiCallError && failure.code === 'STATUS_RULE') {
        setRefusal({ claimId, message: failure.message });
      } else notify.error(failure);
      return false;
    }
  };
  const acceptSpans = (spans: { start: number; end: number; kind: ClaimKind }[]): void => {
    if (articleId) accept.mutate({ articleId, version: latest, spans });
  };
  // Built on every render: its parts (the suggestions, the filter) are new on every render anyway.
  const work: Work = {
    article,
    articleError: error,
    selectedClaim,
    view,
    setView,
    latest,
    suggestions,
    suggestion,
    claimFilter,
    conflicted,
    statusRefusal: refusal && refusal.claimId === selectedClaim?.id ? refusal.message : null,
    setStatus: (claimId, status, note) =>
      articleId
        ? settle(claimId, statusChange.mutateAsync({ articleId, claimId, status, ...(note ? { note } : {}) }))
        : Promise.resolve(false),
    undo: (claimId) => {
      if (!articleId) return;
      void settle(claimId, undoChange.mutateAsync({ articleId, claimId })).then(
        (done) => done && notify.info('Undone. The undo is recorded in the claim’s history.'),
      );
    },
    acceptSuggestion: (kind) => {
      if (!suggestion) return;
      suggestions.select(null);
      acceptSpans([{ start: suggestion.start, end: suggestion.end, kind: kind ?? suggestion.kind }]);
    },
    acceptAllSuggestions: () =>
      acceptSpans(suggestions.visible.map((s) => ({ start: s.start, end: s.end, kind: s.kind }))),
    dismissSuggestion: () => {
      if (!articleId || !suggestion) return;
      suggestions.select(null);
      dismiss.mutate({ articleId, version: latest, start: suggestion.start, end: suggestion.end });
    },
  };
  return <WorkContext.Provider value={work}>{children}</WorkContext.Provider>;
}
