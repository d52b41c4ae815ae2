import { useMemo } from 'react';
import type { Article } from '../../../shared/model';
import { useArticleList } from '../articles/article-queries';
import { useSettings } from '../settings/settings-queries';
import { deskPeople } from './people';

/**
 * The desk's people as assignees: the members in Settings → Desk, the editor, and everyone work is
 * assigned to anywhere in the library (the list entries name them) or in the open article.
 */
export function useDeskPeople(article: Article | null): string[] {
  const settings = useSettings();
  const list = useArticleList().data;
  const claims = article?.claims;
  return useMemo(
    () =>
      deskPeople({
        members: settings?.deskMembers ?? [],
        me: settings?.editorName ?? '',
        assigned: [...(list ?? []).flatMap((a) => a.assignees ?? []), ...(claims ?? []).map((c) => c.assignee)],
      }),
    [settings, list, claims],
  );
}
