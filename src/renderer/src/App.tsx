import { useCallback, useState } from 'react';
import type { SearchResult } from '../../shared/api';
import { CLAIM_STATUSES, type ClaimKind, type Suggestion } from '../../shared/model';
import type { ReportFormat, ReportOptions } from '../../shared/report';
import { ArticleList } from './articles/ArticleList';
import { DraftDialog } from './articles/DraftDialog';
import { ClaimsPane } from './ClaimsPane';
import { ImportDialog } from './articles/ImportDialog';
import { StartScreen } from './articles/StartScreen';
import { CompareView } from './compare/CompareView';
import { DraftView } from './draft/DraftView';
import { saveFile } from './platform/save-file';
import { ReportView } from './report/ReportView';
import { selectionSpan } from './draft/selection-offsets';
import { useShortcuts, type ShortcutMap } from './state/use-shortcuts';
import { suggestionKey, useSuggestions } from './state/use-suggestions';
import { useWorkbench } from './state/use-workbench';
import { SuggestionControls } from './suggestions/SuggestionControls';
import { CLAIM_SEARCH_ID } from './claims/ClaimFilters';
import { LIBRARY_SEARCH_ID, LibrarySearch } from './library/LibrarySearch';
import { LibraryOverview } from './library/LibraryOverview';
import { SourcesScreen } from './sources/SourcesScreen';
import { useClaimFilter } from './state/use-claim-filter';
import { SettingsDialog } from './ui/SettingsDialog';
import { BackupsDialog } from './backups/BackupsDialog';
import { Notices } from './ui/Notices';

type View =
  { kind: 'draft'; version: number | null } | { kind: 'compare'; from: number; to: number } | { kind: 'report' };
type OpenDialog = 'article' | 'version' | 'settings' | 'backups' | null;
/** The sources library takes the place of the draft and the claims; the rest is the checking work. */
type Screen = { kind: 'work' } | { kind: 'sources'; sourceId: string | null };

/** The words selected in the current version's draft, if any. */
function currentSelection(): { start: number; end: number } | null {
  const root = document.getElementById('draft-text');
  return root?.dataset.current === 'true' ? selectionSpan(root) : null;
}

export function App() {
  const workbench = useWorkbench();
  const { articles, article, selectedClaim, sources, samples, settings, notices, loadError, actions, report } =
    workbench;
  const [screen, setScreen] = useState<Screen>({ kind: 'work' });
  const claimFilter = useClaimFilter(article, settings?.editorName ?? '', sources);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [importing, setImporting] = useState<{ file: File; target: 'article' | 'version' } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [views, setViews] = useState<Record<string, View>>({});
  const view: View = (article && views[article.id]) || { kind: 'draft', version: null };
  const setView = (next: View): void => {
    if (article) setViews((all) => ({ ...all, [article.id]: next }));
  };
  const latest = article?.versions.length ?? 1;
  const suggestions = useSuggestions(article, view.kind !== 'draft' || view.version === null, report);
  const suggestion = selectedClaim ? null : suggestions.selected;

  function acceptSuggestion(kind?: ClaimKind): void {
    if (!article || !suggestion) return;
    suggestions.select(null);
    void actions.acceptSuggestions(article.id, latest, [
      { start: suggestion.start, end: suggestion.end, kind: kind ?? suggestion.kind },
    ]);
  }

  function dismissSuggestion(): void {
    if (!article || !suggestion) return;
    suggestions.select(null);
    void actions.dismissSuggestion(article.id, latest, suggestion.start, suggestion.end);
  }

  function showSuggestion(s: Suggestion): void {
    actions.selectClaim(null);
    suggestions.select(suggestionKey(s));
    setView({ kind: 'draft', version: null });
    document.querySelector(`[data-suggestion="${suggestionKey(s)}"]`)?.scrollIntoView({ block: 'center' });
  }

  const reportPreview = useCallback(
    (options: ReportOptions) => (article ? actions.reportPreview(article.id, options) : Promise.resolve(undefined)),
    [article, actions],
  );
  const reportExport = useCallback(
    (format: ReportFormat, options: ReportOptions) =>
      article ? actions.reportExport(article.id, format, options) : Promise.resolve(undefined),
    [article, actions],
  );

  const compare = useCallback(
    (from: number, to: number) => (article ? actions.compare(article.id, from, to) : Promise.resolve(undefined)),
    [article, actions],
  );

  /** J and K step through the claims the list shows (its filter and sort). */
  function stepClaim(delta: number): void {
    const claims = claimFilter.visible;
    if (!article || claims.length === 0) return;
    const index = selectedClaim ? claims.findIndex((c) => c.id === selectedClaim.id) : -1;
    const next = claims[Math.min(claims.length - 1, Math.max(0, index + delta))];
    if (next) {
      actions.selectClaim(next.id);
      document.querySelector(`[data-claim="${next.id}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }

  function pickSearchResult(result: SearchResult): void {
    if (result.type === 'source') {
      setScreen({ kind: 'sources', sourceId: result.id });
      return;
    }
    setScreen({ kind: 'work' });
    if (result.type === 'article') void actions.openArticle(result.id);
    else if (result.articleId) void actions.openClaim(result.articleId, result.id);
  }

  function focusClaimSearch(): void {
    if (!article || screen.kind !== 'work') return;
    actions.selectClaim(null);
    suggestions.select(null);
    setView({ kind: 'draft', version: view.kind === 'draft' ? view.version : null });
    requestAnimationFrame(() => document.getElementById(CLAIM_SEARCH_ID)?.focus());
  }

  function reattach(): void {
    const span = currentSelection();
    if (!selectedClaim) return;
    if (!span) actions.notify('error', 'Select the claim’s words in the current version of the draft first.');
    else void actions.reattach(selectedClaim.id, span.start, span.end);
  }

  const shortcuts: ShortcutMap = {
    'mod+n': () => setDialog('article'),
    t: () => {
      const span = currentSelection();
      if (article && span) {
        window.getSelection()?.removeAllRanges();
        void actions.tagClaim(article.id, span.start, span.end);
      }
    },
    'mod+k': () => document.getElementById(LIBRARY_SEARCH_ID)?.focus(),
    'mod+z': () => selectedClaim && screen.kind === 'work' && void actions.undoClaim(selectedClaim.id),
    '/': focusClaimSearch,
    a: () => screen.kind === 'work' && acceptSuggestion(),
    d: () => screen.kind === 'work' && dismissSuggestion(),
    j: () => screen.kind === 'work' && stepClaim(1),
    k: () => screen.kind === 'work' && stepClaim(-1),
    escape: () => {
      if (screen.kind === 'sources') setScreen({ kind: 'work' });
      if (view.kind !== 'draft') setView({ kind: 'draft', version: null });
      actions.selectClaim(null);
      suggestions.select(null);
    },
  };
  CLAIM_STATUSES.forEach((status, i) => {
    shortcuts[String(i + 1)] = () =>
      selectedClaim && screen.kind === 'work' && void actions.setStatus(selectedClaim.id, status);
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
    <div
      className="workbench"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) setImporting({ file, target: 'article' });
      }}
    >
      {dragging ? (
        <div className="drop-overlay" aria-hidden>
          Drop a .docx, .html, .md or .txt draft to import it
        </div>
      ) : null}
      <ArticleList
        articles={articles}
        openId={screen.kind === 'work' ? (article?.id ?? null) : null}
        onOpen={(id) => {
          setScreen({ kind: 'work' });
          void actions.openArticle(id);
        }}
        onNew={() => setDialog('article')}
        tools={
          <>
            <LibrarySearch search={actions.search} onPick={pickSearchResult} />
            <div className="library-nav">
              <button
                type="button"
                className={`nav-button${screen.kind === 'work' && !article ? ' active' : ''}`}
                onClick={() => {
                  setScreen({ kind: 'work' });
                  actions.closeArticle();
                }}
              >
                Overview
              </button>
              <button
                type="button"
                className={`nav-button${screen.kind === 'sources' ? ' active' : ''}`}
                onClick={() => setScreen({ kind: 'sources', sourceId: null })}
              >
                Sources library ({sources.length})
              </button>
            </div>
          </>
        }
      />
      {screen.kind === 'sources' ? (
        <SourcesScreen
          sources={sources}
          articles={articles}
          actions={actions}
          selectedId={screen.sourceId}
          onSelect={(sourceId) => setScreen({ kind: 'sources', sourceId })}
          onOpenClaim={(articleId, claimId) => {
            setScreen({ kind: 'work' });
            void actions.openClaim(articleId, claimId);
          }}
          onClose={() => setScreen({ kind: 'work' })}
        />
      ) : !article && articles.length > 0 ? (
        <LibraryOverview
          articles={articles}
          onOpen={(id) => void actions.openArticle(id)}
          onNew={() => setDialog('article')}
        />
      ) : !article ? (
        <StartScreen
          samples={samples}
          hasArticles={articles.length > 0}
          onNew={() => setDialog('article')}
          onOpenSample={(id) => void actions.openSample(id)}
        />
      ) : view.kind === 'report' ? (
        <ReportView
          key={article.id}
          article={article}
          preview={reportPreview}
          exportAs={reportExport}
          onSave={saveFile}
          onClose={() => setView({ kind: 'draft', version: null })}
        />
      ) : view.kind === 'compare' ? (
        <CompareView
          key={article.id}
          article={article}
          from={view.from}
          to={view.to}
          load={compare}
          onChangeVersions={(from, to) => setView({ kind: 'compare', from, to })}
          onClose={() => setView({ kind: 'draft', version: null })}
        />
      ) : (
        <DraftView
          key={article.id}
          article={article}
          versionN={view.version ?? latest}
          selectedClaimId={selectedClaim?.id ?? null}
          onSelectClaim={actions.selectClaim}
          onTag={(span) => void actions.tagClaim(article.id, span.start, span.end)}
          onViewVersion={(n) => setView({ kind: 'draft', version: n === latest ? null : n })}
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
          onNewVersion={() => setDialog('version')}
          onCompare={() => setView({ kind: 'compare', from: latest - 1, to: latest })}
          onReport={() => setView({ kind: 'report' })}
          suggestions={suggestions.visible}
          selectedSuggestionKey={suggestion ? suggestionKey(suggestion) : null}
          onSelectSuggestion={suggestions.select}
          toolbarExtra={
            <SuggestionControls
              suggestions={suggestions}
              onAcceptAll={() =>
                void actions.acceptSuggestions(
                  article.id,
                  latest,
                  suggestions.visible.map((s) => ({ start: s.start, end: s.end, kind: s.kind })),
                )
              }
            />
          }
        />
      )}
      {screen.kind === 'sources' || !article ? null : (
        <ClaimsPane
          article={article}
          statusRefusal={workbench.statusRefusal}
          claimFilter={claimFilter}
          selectedClaim={selectedClaim}
          suggestion={suggestion}
          suggestions={suggestions}
          sources={sources}
          settings={settings}
          actions={actions}
          onOpenSettings={() => setDialog('settings')}
          onReattach={reattach}
          onAcceptSuggestion={acceptSuggestion}
          onDismissSuggestion={dismissSuggestion}
          onShowSuggestion={showSuggestion}
        />
      )}
      {dialog === 'article' ? (
        <DraftDialog
          heading="New article"
          nameLabel="Title"
          namePlaceholder="Taken from the first line if left empty"
          submitLabel="Create article"
          onCancel={() => setDialog(null)}
          onText={(title, text) =>
            actions.createArticle({ title: title || text.trim().split('\n', 1)[0]!.slice(0, 120), text })
          }
          onFile={(file) => {
            setDialog(null);
            setImporting({ file, target: 'article' });
          }}
        />
      ) : null}
      {dialog === 'version' && article ? (
        <DraftDialog
          heading={`New version of “${article.title}”`}
          nameLabel="Label (optional)"
          namePlaceholder="e.g. Reporter's revision, legal edits"
          submitLabel="Add version"
          onCancel={() => setDialog(null)}
          onText={(label, text) => actions.addVersion(article.id, text, label)}
          onFile={(file) => {
            setDialog(null);
            setImporting({ file, target: 'version' });
          }}
        />
      ) : null}
      {dialog === 'settings' && settings ? (
        <SettingsDialog
          settings={settings}
          onCancel={() => setDialog(null)}
          onSave={(changes) => {
            setDialog(null);
            void actions.updateSettings(changes);
          }}
          onOpenBackups={() => setDialog('backups')}
          onResetLearning={() => void actions.resetSuggestionLearning()}
        />
      ) : null}
      {dialog === 'backups' ? (
        <BackupsDialog onClose={() => setDialog(null)} onRestored={() => actions.reloadLibrary(article?.id ?? null)} />
      ) : null}
      {importing ? (
        <ImportDialog
          file={importing.file}
          article={article}
          initialTarget={importing.target}
          onCancel={() => setImporting(null)}
          onImportArticle={(title, options) => actions.importFile(importing.file, title, options)}
          onImportVersion={(label, options) =>
            article ? actions.importVersion(article.id, importing.file, label, options) : Promise.resolve(false)
          }
        />
      ) : null}
      <Notices notices={notices} />
    </div>
  );
}
