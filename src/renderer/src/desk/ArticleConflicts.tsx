import type { Article } from '../../../shared/model';
import { ConflictList } from './ConflictList';
import { useConflicts } from './sync-queries';

/** Above the article's claims: its conflicts, each opening its claim; nothing while there are none. */
export function ArticleConflicts({ article, onSelect }: { article: Article; onSelect: (claimId: string) => void }) {
  const conflicts = useConflicts(article.id);
  if (conflicts.length === 0) return null;
  return (
    <section className="article-conflicts" aria-label="Conflicts in this article">
      <h3>{conflicts.length === 1 ? '1 conflict' : `${conflicts.length} conflicts`} to resolve</h3>
      <ConflictList
        conflicts={conflicts}
        showArticle={false}
        quoteOf={(id) => article.claims.find((c) => c.id === id)?.anchor.exact}
        onOpen={(c) => c.claimId && onSelect(c.claimId)}
      />
    </section>
  );
}
