import { draftFormatList } from '../../shared/import-formats';
import { useState } from 'react';
import { CLIENT_ID } from './api/client-id';
import { useCoreChanges } from './api/use-core-changes';
import { useArticleList } from './articles/article-queries';
import { ArticlesPane } from './articles/ArticlesPane';
import { ClaimsPane } from './claims/ClaimsPane';
import { DeskStatusBar } from './desk/DeskStatusBar';
import { useNavigate, useNavigation } from './navigation/NavigationProvider';
import { viewOf } from './navigation/navigation-state';
import { useRestoreLastArticle } from './navigation/use-restore-last-article';
import { DialogHost } from './screens/DialogHost';
import { MainScreen } from './screens/MainScreen';
import { TopBar } from './screens/TopBar';
import { useReattach, useWorkShortcuts } from './screens/use-work-shortcuts';
import { useWork, WorkProvider } from './screens/work-context';
import { suggestionKey } from './suggestions/suggestion-key';
import type { Suggestion } from '../../shared/model';
import { useShortcuts } from './state/use-shortcuts';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { useNotify } from './ui/notices-context';
import { Notices } from './ui/Notices';
import { scrollDraftTo } from './draft/scroll-request';

/** The keyboard shortcuts of the checking work (they need the open article). */
function WorkShortcuts() {
  useShortcuts(useWorkShortcuts());
  return null;
}

/** The claims pane beside the open article, wired to the draft. */
function ClaimsSide() {
  const navigate = useNavigate();
  const { suggestions, setView } = useWork();
  const reattach = useReattach();
  function showSuggestion(s: Suggestion): void {
    navigate({ type: 'select-claim', claimId: null });
    suggestions.select(suggestionKey(s));
    setView({ kind: 'draft', version: null });
    scrollDraftTo({ suggestionKey: suggestionKey(s) });
  }
  return <ClaimsPane onReattach={reattach} onShowSuggestion={showSuggestion} />;
}

/** The window's layout: articles, the main screen, the claims, the desk's status bar, the dialogs and notices. */
export function App() {
  const list = useArticleList();
  const navigation = useNavigation();
  const { screen, articleId } = navigation;
  const navigate = useNavigate();
  const notify = useNotify();
  // A comparison needs the width: the claims pane steps aside, and the open claim waits for the draft.
  const comparing = viewOf(navigation).kind === 'compare';
  const [dragging, setDragging] = useState(false);
  useRestoreLastArticle(list.data);
  useCoreChanges((change) => {
    navigate({ type: 'article-removed', articleId: change.articleId });
    if (change.articleId === articleId && change.origin !== CLIENT_ID) {
      notify.info('The article you had open was deleted elsewhere. Its file was kept in the data folder’s trash.');
    }
  });
  const back = (): void => navigate({ type: 'close-article' });

  if (!list.data) {
    return (
      <div className="loading" role={list.error ? 'alert' : undefined}>
        {list.error ? `The workbench could not open its data: ${list.error.message}` : 'Opening the workbench…'}
        <Notices />
      </div>
    );
  }

  return (
    <WorkProvider>
      <div className="app-shell">
        <TopBar />
        <div
          className={comparing ? 'workbench comparing' : 'workbench'}
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
            if (file) navigate({ type: 'import', importing: { file, target: 'article' } });
          }}
        >
          {dragging ? (
            <div className="drop-overlay" aria-hidden>
              Drop a {draftFormatList()} draft to import it
            </div>
          ) : null}
          <ArticlesPane articles={list.data} />
          <ErrorBoundary key={`main-${screen.kind}-${articleId}`} name="This view" onBack={back}>
            <MainScreen articles={list.data} />
          </ErrorBoundary>
          {screen.kind === 'work' && articleId && !comparing ? (
            <ErrorBoundary key={`claims-${articleId}`} name="The claims pane" onBack={back}>
              <ClaimsSide />
            </ErrorBoundary>
          ) : null}
        </div>
        <DeskStatusBar />
        <DialogHost />
        <Notices />
        <WorkShortcuts />
      </div>
    </WorkProvider>
  );
}
