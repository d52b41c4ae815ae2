import { Suspense } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { useNavigate, useNavigation } from '../navigation/NavigationProvider';
import { Loading } from '../ui/Loading';
import { SourcesScreen } from './lazy-views';
import { LibraryScreen } from './LibraryScreen';
import { WorkScreen } from './WorkScreen';

/** The middle of the window: the sources library, the open article, or the library overview. */
export function MainScreen({ articles }: { articles: ArticleSummary[] }) {
  const { screen, articleId } = useNavigation();
  const navigate = useNavigate();
  if (screen.kind === 'sources') {
    return (
      <Suspense fallback={<Loading />}>
        <SourcesScreen
          selectedId={screen.sourceId}
          onSelect={(sourceId) => navigate({ type: 'show-sources', sourceId })}
          onOpenClaim={(id, claimId) => navigate({ type: 'open-article', articleId: id, claimId })}
          onClose={() => navigate({ type: 'show-work' })}
        />
      </Suspense>
    );
  }
  return articleId ? <WorkScreen /> : <LibraryScreen articles={articles} />;
}
