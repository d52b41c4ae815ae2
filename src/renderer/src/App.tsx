import { useState } from 'react';
import { CLAIM_STATUSES } from '../../shared/model';
import { ArticleList } from './articles/ArticleList';
import { NewArticleDialog } from './articles/NewArticleDialog';
import { StartScreen } from './articles/StartScreen';
import { ClaimInspector } from './claims/ClaimInspector';
import { ClaimList } from './claims/ClaimList';
import { DraftView } from './draft/DraftView';
import { selectionSpan } from './draft/selection-offsets';
import { useShortcuts, type ShortcutMap } from './state/use-shortcuts';
import { useWorkbench } from './state/use-workbench';
import { EditorNameDialog } from './ui/EditorNameDialog';
import { Notices } from './ui/Notices';

export function App() {
  const { articles, article, selectedClaim, sources, samples, settings, notices, loadError, actions } = useWorkbench();
  const [creating, setCreating] = useState(false);
  const [naming, setNaming] = useState(false);

  function stepClaim(delta: number): void {
    if (!article || article.claims.length === 0) return;
    const index = selectedClaim ? article.claims.findIndex((c) => c.id === selectedClaim.id) : -1;
    const next = article.claims[Math.min(article.claims.length - 1, Math.max(0, index + delta))];
    if (next) {
      actions.selectClaim(next.id);
      document.querySelector(`[data-claim="${next.id}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }

  const shortcuts: ShortcutMap = {
    'mod+n': () => setCreating(true),
    t: () => {
      const root = document.getElementById('draft-text');
      const span = root ? selectionSpan(root) : null;
      if (article && span) {
        window.getSelection()?.removeAllRanges();
        void actions.tagClaim(article.id, span.start, span.end);
      }
    },
    j: () => stepClaim(1),
    k: () => stepClaim(-1),
    escape: () => actions.selectClaim(null),
  };
  CLAIM_STATUSES.forEach((status, i) => {
    shortcuts[String(i + 1)] = () => selectedClaim && void actions.setStatus(selectedClaim.id, status);
  });
  useShortcuts(shortcuts);

  if (articles === null) {
    return (
      <div className="loading" role={loadError ? 'alert' : undefined}>
        {loadError ? `The workbench could not open its data: ${loadError}` : 'Opening the workbench…'}
        <Notices notices={notices} />
      </div>
    );
  }

  return (
    <div className="workbench">
      <ArticleList
        articles={articles}
        openId={article?.id ?? null}
        onOpen={(id) => void actions.openArticle(id)}
        onNew={() => setCreating(true)}
      />
      {article ? (
        <DraftView
          key={article.id}
          article={article}
          selectedClaimId={selectedClaim?.id ?? null}
          onSelectClaim={actions.selectClaim}
          onTag={(span) => void actions.tagClaim(article.id, span.start, span.end)}
          onRename={(title) => void actions.renameArticle(article.id, title)}
          onDelete={() => {
            if (
              window.confirm(
                `Delete “${article.title}” and its ${article.claims.length} claims? The file is kept in the trash folder.`,
              )
            ) {
              void actions.deleteArticle(article.id);
            }
          }}
        />
      ) : (
        <StartScreen
          samples={samples}
          hasArticles={articles.length > 0}
          onNew={() => setCreating(true)}
          onOpenSample={(id) => void actions.openSample(id)}
        />
      )}
      <aside className="pane inspector-pane" aria-label="Claims">
        <header className="pane-header">
          <h2>{selectedClaim ? 'Claim' : 'Claims'}</h2>
          {settings ? (
            <span className="editor-name" title="Recorded in every history entry">
              Checking as{' '}
              <button type="button" className="link-button" onClick={() => setNaming(true)}>
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
            onSetStatus={(status) => void actions.setStatus(selectedClaim.id, status)}
            onDelete={() => {
              if (window.confirm('Delete this claim with its evidence and history?'))
                void actions.deleteClaim(selectedClaim.id);
            }}
            onCreateSource={actions.createSource}
            onAddEvidence={actions.addEvidence}
            onRemoveEvidence={(evidenceId) => void actions.removeEvidence(selectedClaim.id, evidenceId)}
          />
        ) : (
          <ClaimList claims={article.claims} onSelect={actions.selectClaim} />
        )}
      </aside>
      {creating ? (
        <NewArticleDialog
          onCancel={() => setCreating(false)}
          onCreate={(title, text) => actions.createArticle({ title, text })}
          onImport={actions.importFile}
        />
      ) : null}
      {naming && settings ? (
        <EditorNameDialog
          current={settings.editorName}
          onCancel={() => setNaming(false)}
          onSave={(name) => {
            setNaming(false);
            void actions.updateSettings(name);
          }}
        />
      ) : null}
      <Notices notices={notices} />
    </div>
  );
}
