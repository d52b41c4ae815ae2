import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiInput, ApiOutput, ImportOptions } from '../../../shared/api';
import type { Article, ArticleSummary } from '../../../shared/model';
import { describeCarried } from '../../../shared/labels';
import { call } from '../api/client';
import { keyFor } from '../api/queries';
import { useNavigate } from '../navigation/NavigationProvider';
import { fileToBase64 } from '../platform/file-to-base64';
import { useNotify } from '../ui/notices-context';
import { putArticle } from './article-cache';

/** A new article (typed, imported, a sample) is shown at once; its list entry comes with the change event. */
function useNewArticle<V>(create: (input: V) => Promise<Article>) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  return useMutation({
    mutationFn: create,
    onSuccess: (article) => {
      putArticle(client, article);
      navigate({ type: 'open-article', articleId: article.id });
    },
    onError: notify.error,
  });
}

export const useCreateArticle = () =>
  useNewArticle((input: ApiInput<'articles.create'>) => call('articles.create', input));

export const useImportArticle = () =>
  useNewArticle(async ({ file, title, options }: { file: File; title: string; options: ImportOptions }) =>
    call('articles.import', {
      fileName: file.name,
      dataBase64: await fileToBase64(file),
      options,
      ...(title ? { title } : {}),
    }),
  );

export const useOpenSample = () => useNewArticle((id: string) => call('samples.open', { id }));

export function useRenameArticle() {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (input: ApiInput<'articles.rename'>) => call('articles.rename', input),
    onSuccess: (article) => putArticle(client, article),
    onError: notify.error,
  });
}

export function forgetArticle(client: QueryClient, id: string): void {
  client.setQueryData<ArticleSummary[]>(keyFor('articles.list', {}), (list) => list?.filter((a) => a.id !== id));
  client.removeQueries({ queryKey: keyFor('articles.get', { id }) });
}

export function useDeleteArticle() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  return useMutation({
    mutationFn: (id: string) => call('articles.delete', { id }),
    onSuccess: ({ id }) => {
      navigate({ type: 'article-removed', articleId: id });
      forgetArticle(client, id);
      notify.info('Article deleted. Its file was kept in the data folder’s trash.');
    },
    onError: notify.error,
  });
}

type NewVersion =
  | { articleId: string; label: string; text: string }
  | { articleId: string; label: string; file: File; options: ImportOptions };

/** A new version, typed or imported; says how the claims were carried over. */
export function useAddVersion() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  return useMutation({
    mutationFn: async (input: NewVersion): Promise<ApiOutput<'versions.add'>> => {
      const label = input.label ? { label: input.label } : {};
      if ('text' in input) return call('versions.add', { articleId: input.articleId, text: input.text, ...label });
      const dataBase64 = await fileToBase64(input.file);
      const { articleId, file, options } = input;
      return call('versions.import', { articleId, fileName: file.name, dataBase64, options, ...label });
    },
    onSuccess: ({ article, carried }) => {
      putArticle(client, article);
      navigate({ type: 'select-claim-in', articleId: article.id, claimId: null });
      notify.info(`Version ${article.versions.length} added. Claims carried over: ${describeCarried(carried)}.`);
    },
    onError: notify.error,
  });
}
