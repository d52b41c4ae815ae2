import { EDITOR_STATUSES } from '../../../shared/model';
import { useReattachClaim, useTagClaim } from '../claims/claim-mutations';
import { CLAIM_SEARCH_ID } from '../claims/ClaimFilters';
import { selectionSpan } from '../draft/selection-offsets';
import { LIBRARY_SEARCH_ID } from '../library/LibrarySearch';
import { useNavigate, useNavigation } from '../navigation/NavigationProvider';
import type { ShortcutMap } from '../state/use-shortcuts';
import { useNotify } from '../ui/notices-context';
import { useWork } from './work-context';

/** The words selected in the current version's draft, if any. */
export function currentSelection(): { start: number; end: number } | null {
  const root = document.getElementById('draft-text');
  return root?.dataset.current === 'true' ? selectionSpan(root) : null;
}

/** Re-anchors the selected claim to the words selected in the current version. */
export function useReattach(): () => void {
  const { article, selectedClaim } = useWork();
  const notify = useNotify();
  const reattach = useReattachClaim();
  return () => {
    const span = currentSelection();
    if (!article || !selectedClaim) return;
    if (!span) notify.error(new Error('Select the claim’s words in the current version of the draft first.'));
    else reattach.mutate({ articleId: article.id, claimId: selectedClaim.id, start: span.start, end: span.end });
  };
}

/** The keyboard (user guide “Keyboard shortcuts”, ui/shortcut-list.ts): the same keys, doing the same things, as ever. */
export function useWorkShortcuts(): ShortcutMap {
  const work = useWork();
  const { article, selectedClaim, view, setView, suggestions, claimFilter } = work;
  const { screen } = useNavigation();
  const navigate = useNavigate();
  const tag = useTagClaim();
  const onWork = screen.kind === 'work';
  const selectClaim = (claimId: string | null): void => navigate({ type: 'select-claim', claimId });

  /** J and K step through the claims the list shows (its filter and sort). */
  function stepClaim(delta: number): void {
    const claims = claimFilter.visible;
    if (!article || claims.length === 0) return;
    const index = selectedClaim ? claims.findIndex((c) => c.id === selectedClaim.id) : -1;
    const next = claims[Math.min(claims.length - 1, Math.max(0, index + delta))];
    // The draft brings the selected claim into view by itself.
    if (next) selectClaim(next.id);
  }

  function focusClaimSearch(): void {
    if (!article || !onWork) return;
    selectClaim(null);
    suggestions.select(null);
    setView({ kind: 'draft', version: view.kind === 'draft' ? view.version : null });
    requestAnimationFrame(() => document.getElementById(CLAIM_SEARCH_ID)?.focus());
  }

  const shortcuts: ShortcutMap = {
    'mod+n': () => navigate({ type: 'dialog', dialog: 'article' }),
    // Settings and the shortcuts' list open from any screen, with or without an article.
    'mod+,': () => navigate({ type: 'dialog', dialog: 'settings' }),
    '?': () => navigate({ type: 'dialog', dialog: 'shortcuts' }),
    t: () => {
      const span = currentSelection();
      if (article && span) {
        window.getSelection()?.removeAllRanges();
        tag.mutate({ articleId: article.id, start: span.start, end: span.end });
      }
    },
    'mod+k': () => document.getElementById(LIBRARY_SEARCH_ID)?.focus(),
    'mod+z': () => selectedClaim && onWork && work.undo(selectedClaim.id),
    '/': focusClaimSearch,
    a: () => onWork && work.acceptSuggestion(),
    d: () => onWork && work.dismissSuggestion(),
    j: () => onWork && stepClaim(1),
    k: () => onWork && stepClaim(-1),
    escape: () => {
      if (screen.kind === 'sources') navigate({ type: 'show-work' });
      // Leaving a comparison brings back the claim that was open before it.
      if (view.kind === 'compare') return setView({ kind: 'draft', version: null });
      if (view.kind !== 'draft') setView({ kind: 'draft', version: null });
      selectClaim(null);
      suggestions.select(null);
    },
  };
  EDITOR_STATUSES.forEach((status, i) => {
    shortcuts[String(i + 1)] = () => selectedClaim && onWork && void work.setStatus(selectedClaim.id, status);
  });
  return shortcuts;
}
