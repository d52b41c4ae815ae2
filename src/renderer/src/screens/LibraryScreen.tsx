import { useQuery } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../shared/model';
import { queryOptionsFor } from '../api/queries';
import { useOpenSample } from '../articles/article-mutations';
import { StartScreen } from '../articles/StartScreen';
import { DeskConflicts } from '../desk/DeskConflicts';
import { useConflicts } from '../desk/sync-queries';
import { useDeskPeople } from '../desk/use-desk-people';
import { LibraryOverview } from '../library/LibraryOverview';
import { useSettings } from '../settings/settings-queries';
import { useNavigate } from '../navigation/NavigationProvider';

/** No article open: the library overview, or the start screen while the library is empty. */
export function LibraryScreen({ articles }: { articles: ArticleSummary[] }) {
  const navigate = useNavigate();
  const openSample = useOpenSample();
  const samples = useQuery({ ...queryOptionsFor('samples.list', {}), enabled: articles.length === 0 }).data;
  const onNew = (): void => navigate({ type: 'dialog', dialog: 'article' });
  const people = useDeskPeople(null);
  const me = useSettings()?.editorName ?? '';
  const conflicts = useConflicts();
  const conflictCounts = new Map<string, number>();
  for (const c of conflicts) conflictCounts.set(c.articleId, (conflictCounts.get(c.articleId) ?? 0) + 1);
  if (articles.length > 0) {
    return (
      <LibraryOverview
        articles={articles}
        people={people}
        me={me}
        conflictCounts={conflictCounts}
        conflicts={<DeskConflicts />}
        onOpen={(articleId) => navigate({ type: 'open-article', articleId })}
        onNew={onNew}
      />
    );
  }
  return (
    <StartScreen
      samples={samples ?? []}
      hasArticles={false}
      onNew={onNew}
      onOpenSample={(id) => openSample.mutate(id)}
    />
  );
}
