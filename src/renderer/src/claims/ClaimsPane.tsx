import type { ApiInput } from '../../../shared/api';
import { useState } from 'react';
import type { Claim, Suggestion } from '../../../shared/model';
import { succeeded } from '../api/settle';
import { ArticleConflicts } from '../desk/ArticleConflicts';
import { ClaimConflicts } from '../desk/ClaimConflicts';
import { useDeskPeople } from '../desk/use-desk-people';
import { useNavigate } from '../navigation/NavigationProvider';
import { useWork } from '../screens/work-context';
import { useSettings } from '../settings/settings-queries';
import { useCreateSource } from '../sources/source-mutations';
import { useSources } from '../sources/source-queries';
import { suggestionKey } from '../suggestions/suggestion-key';
import { SuggestionPanel } from '../suggestions/SuggestionPanel';
import { noticeOf } from '../ui/notice-text';
import { useAddEvidence, useDeleteClaim, useRemoveEvidence, useUpdateClaim } from './claim-mutations';
import { ClaimFilters } from './ClaimFilters';
import { ClaimInspector } from './ClaimInspector';
import { ClaimList } from './ClaimList';
import { DeleteClaimDialog } from './DeleteClaimDialog';
import type { SaveOutcome } from './field-feedback';
import { RecheckList } from './RecheckList';

interface Props {
  onReattach: () => void;
  onShowSuggestion: (suggestion: Suggestion) => void;
}

/** The right pane: the selected claim, the selected suggestion, or the re-check list and all claims. */
function refusalOf(error: unknown): { message: string; code?: string } {
  const { text, code } = noticeOf(error);
  return code ? { message: text, code } : { message: text };
}

export function ClaimsPane({ onReattach, onShowSuggestion }: Props) {
  const work = useWork();
  const { article, selectedClaim, suggestion, suggestions, claimFilter, conflicted } = work;
  const settings = useSettings();
  const sources = useSources();
  const navigate = useNavigate();
  const update = useUpdateClaim();
  const remove = useDeleteClaim();
  const createSource = useCreateSource();
  const addEvidence = useAddEvidence();
  const removeEvidence = useRemoveEvidence();
  const select = (claimId: string | null): void => navigate({ type: 'select-claim', claimId });
  /** The claim whose deletion is being asked about. */
  const [deleting, setDeleting] = useState<Claim | null>(null);
  const people = useDeskPeople(article);
  const me = settings?.editorName ?? '';

  /** A refused field change is explained beside the field, where the inspector keeps what was typed. */
  const updateClaim = (input: ApiInput<'claims.update'>): Promise<SaveOutcome> =>
    article
      ? update.mutateAsync({ articleId: article.id, ...input }).then(
          (): SaveOutcome => ({ ok: true }),
          (error: unknown): SaveOutcome => ({ ok: false, ...refusalOf(error) }),
        )
      : Promise.resolve({ ok: false, message: 'The article is not open any more.' });

  return (
    <aside className="pane inspector-pane" aria-label="Claims">
      <header className="pane-header">
        <h2>{selectedClaim ? 'Claim' : 'Claims'}</h2>
      </header>
      {deleting && article ? (
        <DeleteClaimDialog
          claim={deleting}
          onCancel={() => setDeleting(null)}
          onDelete={(reason) => {
            setDeleting(null);
            remove.mutate({ articleId: article.id, claimId: deleting.id, reason });
          }}
        />
      ) : null}
      {/* Shown beside an open article only: empty for the moment its article is read. */}
      {!article ? null : selectedClaim ? (
        <ClaimInspector
          key={selectedClaim.id}
          claim={selectedClaim}
          versions={article.versions}
          sources={sources}
          people={people}
          me={me}
          onEditPeople={() => navigate({ type: 'dialog', dialog: 'desk' })}
          conflicts={<ClaimConflicts articleId={article.id} claimId={selectedClaim.id} />}
          onClose={() => select(null)}
          onUpdate={updateClaim}
          onSetStatus={(status, note) => work.setStatus(selectedClaim.id, status, note)}
          refusal={work.statusRefusal}
          onUndo={() => work.undo(selectedClaim.id)}
          onDelete={() => setDeleting(selectedClaim)}
          onCreateSource={(fields) => createSource.mutateAsync(fields).catch(() => undefined)}
          onAddEvidence={(input) => succeeded(addEvidence.mutateAsync({ articleId: article.id, ...input }))}
          onRemoveEvidence={(evidenceId) =>
            removeEvidence.mutate({ articleId: article.id, claimId: selectedClaim.id, evidenceId })
          }
          onReattach={onReattach}
        />
      ) : suggestion ? (
        <SuggestionPanel
          key={suggestionKey(suggestion)}
          suggestion={suggestion}
          onAccept={work.acceptSuggestion}
          onDismiss={work.dismissSuggestion}
          onClose={() => suggestions.select(null)}
        />
      ) : (
        <>
          <ArticleConflicts article={article} onSelect={select} />
          <RecheckList
            article={article}
            newSuggestions={suggestions.visible.filter((s) => s.isNew)}
            onSelect={select}
            onShowSuggestion={onShowSuggestion}
          />
          <ClaimList
            claims={article.claims}
            visible={claimFilter.visible}
            onFilterStatus={(status) => claimFilter.setFilter({ ...claimFilter.filter, status })}
            conflicted={conflicted}
            filterBar={
              <ClaimFilters
                filter={claimFilter.filter}
                onChange={claimFilter.setFilter}
                me={me}
                assignees={people}
                conflicts={conflicted.size}
                shown={claimFilter.visible.length}
                total={article.claims.length}
              />
            }
            suggested={suggestions.visible}
            onSelect={select}
            onShowSuggestion={onShowSuggestion}
          />
        </>
      )}
    </aside>
  );
}
