import { Suspense, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { useNavigate, useNavigation } from '../navigation/NavigationProvider';
import { Loading } from '../ui/Loading';
import { LibraryTabs, type LibraryTab } from '../past-checks/LibraryTabs';
import { PastChecksScreen, SourcesScreen } from './lazy-views';
import { LibraryScreen } from './LibraryScreen';
import { WorkScreen } from './WorkScreen';

/** The middle of the window: the sources library, the open article, or the library overview. */
export function MainScreen({ articles }: { articles: ArticleSummary[] }) {
  const { screen, articleId } = useNavigation();
  const navigate = useNavigate();
  const [libraryTab, setLibraryTab] = useState<LibraryTab>('sources');
  if (screen.kind === 'sources') {
    const tabs = <LibraryTabs current={libraryTab} onChange={setLibraryTab} />;
    const onOpenClaim = (id: string, claimId: string) => navigate({ type: 'open-article', articleId: id, claimId });
    return (
      <Suspense fallback={<Loading />}>
        {libraryTab === 'past-checks' ? (
          <PastChecksScreen tabs={tabs} onOpenClaim={onOpenClaim} onClose={() => navigate({ type: 'show-work' })} />
        ) : (
          <SourcesScreen
            tabs={tabs}
            selectedId={screen.sourceId}
            onSelect={(sourceId) => navigate({ type: 'show-sources', sourceId })}
            onOpenClaim={(id, claimId) => navigate({ type: 'open-article', articleId: id, claimId })}
            onClose={() => navigate({ type: 'show-work' })}
          />
        )}
      </Suspense>
    );
  }
  return articleId ? <WorkScreen /> : <LibraryScreen articles={articles} />;
}
