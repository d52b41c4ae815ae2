import type { Article, Claim, ClaimKind, Settings, Source, Suggestion } from '../../shared/model';
import { assigneesOf } from './claims/claim-filter';
import { ClaimFilters } from './claims/ClaimFilters';
import { ClaimInspector } from './claims/ClaimInspector';
import { ClaimList } from './claims/ClaimList';
import { RecheckList } from './claims/RecheckList';
import { suggestionKey, type Suggestions } from './state/use-suggestions';
import type { ClaimFilterState } from './state/use-claim-filter';
import type { Workbench } from './state/use-workbench';
import { SuggestionPanel } from './suggestions/SuggestionPanel';

interface Props {
  article: Article | null;
  selectedClaim: Claim | null;
  suggestion: Suggestion | null;
  suggestions: Suggestions;
  sources: Source[];
  settings: Settings | null;
  statusRefusal: string | null;
  claimFilter: ClaimFilterState;
  actions: Workbench['actions'];
  onOpenSettings: () => void;
  onReattach: () => void;
  onAcceptSuggestion: (kind?: ClaimKind) => void;
  onDismissSuggestion: () => void;
  onShowSuggestion: (suggestion: Suggestion) => void;
}

/** The right pane: the selected claim, the selected suggestion, or the re-check list and all claims. */
export function ClaimsPane(props: Props) {
  const { article, selectedClaim, suggestion, suggestions, sources, settings, actions, statusRefusal } = props;
  const { onOpenSettings, onReattach, onAcceptSuggestion, onDismissSuggestion, onShowSuggestion } = props;
  return (
    <aside className="pane inspector-pane" aria-label="Claims">
      <header className="pane-header">
        <h2>{selectedClaim ? 'Claim' : 'Claims'}</h2>
        {settings ? (
          <span className="editor-name" title="Your name (recorded in every history entry) and other settings">
            Checking as{' '}
            <button type="button" className="link-button" onClick={() => onOpenSettings()}>
              {settings.editorName}
            </button>
          </span>
        ) : null}
      </header>
      {!article ? (
        <p className="empty-hint">Open an article to see its claims.</p>
      ) : selectedClaim ? (
        <ClaimInspector
          key={selectedClaim.id}
          claim={selectedClaim}
          sources={sources}
          onClose={() => actions.selectClaim(null)}
          onUpdate={(input) => void actions.updateClaim(input)}
          onSetStatus={(status, note) => actions.setStatus(selectedClaim.id, status, note)}
          refusal={statusRefusal}
          onUndo={() => void actions.undoClaim(selectedClaim.id)}
          onDelete={() => {
            if (window.confirm('Delete this claim with its evidence and history?')) {
              void actions.deleteClaim(selectedClaim.id);
            }
          }}
          onCreateSource={actions.createSource}
          onAddEvidence={actions.addEvidence}
          onRemoveEvidence={(evidenceId) => void actions.removeEvidence(selectedClaim.id, evidenceId)}
          onReattach={onReattach}
        />
      ) : suggestion ? (
        <SuggestionPanel
          key={suggestionKey(suggestion)}
          suggestion={suggestion}
          onAccept={onAcceptSuggestion}
          onDismiss={onDismissSuggestion}
          onClose={() => suggestions.select(null)}
        />
      ) : (
        <>
          <RecheckList
            article={article}
            newSuggestions={suggestions.visible.filter((s) => s.isNew)}
            onSelect={actions.selectClaim}
            onShowSuggestion={onShowSuggestion}
          />
          <ClaimList
            claims={article.claims}
            visible={props.claimFilter.visible}
            onFilterStatus={(status) => props.claimFilter.setFilter({ ...props.claimFilter.filter, status })}
            filterBar={
              <ClaimFilters
                filter={props.claimFilter.filter}
                onChange={props.claimFilter.setFilter}
                me={settings?.editorName ?? ''}
                assignees={assigneesOf(article.claims)}
                shown={props.claimFilter.visible.length}
                total={article.claims.length}
              />
            }
            suggested={suggestions.visible}
            onSelect={actions.selectClaim}
            onShowSuggestion={onShowSuggestion}
          />
        </>
      )}
    </aside>
  );
}
