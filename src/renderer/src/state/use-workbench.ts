import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiInput, ApiOutput, ImportOptions, ImportPreview, SourceFields } from '../../../shared/api';
import type {
  Article,
  ArticleSummary,
  Claim,
  ClaimKind,
  ClaimStatus,
  SampleInfo,
  Settings,
  Source,
} from '../../../shared/model';
import type { ReportFormat, ReportOptions } from '../../../shared/report';
import { byTextPlace } from '../../../shared/claim-order';
import { ApiCallError, call } from '../api/client';
import { fileToBase64 } from '../platform/file-to-base64';
import { sourceActions } from './source-actions';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

let noticeCounter = 0;

/** The article that was open last, reopened on the next start. */
const LAST_ARTICLE_KEY = 'factcheck-last-article';

/** Reads a file the way an import would, without storing it; errors are returned, not shown. */
export async function previewFile(file: File, options: ImportOptions): Promise<ImportPreview> {
  return call('import.preview', { fileName: file.name, dataBase64: await fileToBase64(file), options });
}

/** Rich text from the clipboard goes through the same sanitizer as an HTML file. */
export async function pastedHtmlToText(html: string): Promise<string> {
  const file = new File([html], 'pasted.html', { type: 'text/html' });
  return (await previewFile(file, {})).text;
}

/** All the workbench's state and every action on it; components only render and call these. */
export function useWorkbench() {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [article, setArticle] = useState<Article | null>(null);
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  const [sources, setSources] = useState<Source[]>([]);
  const [samples, setSamples] = useState<SampleInfo[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** Why the last status change on a claim was refused (shown beside the status buttons). */
  const [statusRefusal, setStatusRefusal] = useState<{ claimId: string; message: string } | null>(null);

  const notify = useCallback((kind: Notice['kind'], text: string) => {
    const id = ++noticeCounter;
    setNotices((all) => [...all.slice(-3), { id, kind, text }]);
    setTimeout(() => setNotices((all) => all.filter((n) => n.id !== id)), kind === 'error' ? 9000 : 3500);
  }, []);

  const report = useCallback(
    (error: unknown) =>
      notify('error', error instanceof ApiCallError ? `${error.message} (${error.code})` : String(error)),
    [notify],
  );

  /** Runs an action; a failure becomes a visible notice with its code, never a silent loss. */
  const attempt = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work();
      } catch (error) {
        report(error);
        return undefined;
      }
    },
    [report],
  );

  const refreshList = useCallback(async () => setArticles(await call('articles.list', {})), []);

  useEffect(() => {
    let live = true;
    Promise.all([
      call('articles.list', {}),
      call('sources.list', {}),
      call('samples.list', {}),
      call('settings.get', {}),
    ])
      .then(async ([list, sourceList, sampleList, current]) => {
        if (!live) return;
        setSources(sourceList);
        setSamples(sampleList);
        setSettings(current);
        setArticles(list);
        const last = localStorage.getItem(LAST_ARTICLE_KEY);
        if (last && list.some((a) => a.id === last)) {
          const opened = await call('articles.get', { id: last });
          if (live) setArticle(opened);
        }
      })
      .catch((error: unknown) => {
        setLoadError(error instanceof Error ? error.message : String(error));
        report(error);
      });
    return () => {
      live = false;
    };
  }, [report]);

  const openArticleId = useRef<string | null>(null);
  useEffect(() => {
    openArticleId.current = article?.id ?? null;
    if (article) localStorage.setItem(LAST_ARTICLE_KEY, article.id);
  }, [article]);

  const show = useCallback(
    async (next: Article) => {
      setArticle(next);
      setSelectedClaimId(null);
      await refreshList();
    },
    [refreshList],
  );

  const announceVersion = useCallback(
    async ({ article: next, carried }: ApiOutput<'versions.add'>) => {
      setArticle(next);
      setSelectedClaimId(null);
      await refreshList();
      const n = next.versions.length;
      notify(
        'info',
        `Version ${n} added. Claims carried over: ${carried.current} unchanged, ${carried.moved} moved, ${carried.edited} edited, ${carried.orphaned} not found.`,
      );
      return true;
    },
    [refreshList, notify],
  );

  /** A change the status rules refused: explained beside the status buttons, not as a notice. */
  const refusedByRules = useCallback((claimId: string, error: unknown): boolean => {
    if (!(error instanceof ApiCallError) || error.code !== 'STATUS_RULE') return false;
    setStatusRefusal({ claimId, message: error.message });
    return true;
  }, []);

  const replaceClaim = useCallback((claim: Claim) => {
    setStatusRefusal(null);
    setArticle((a) => (a ? { ...a, claims: a.claims.map((c) => (c.id === claim.id ? claim : c)) } : a));
  }, []);

  /** After a change to a source, which may have set claims to needs-recheck anywhere in the library. */
  const reloadAfterSourceChange = useCallback(async () => {
    setSources(await call('sources.list', {}));
    await refreshList();
    const openId = openArticleId.current;
    if (openId) {
      const fresh = await call('articles.get', { id: openId }).catch(() => null);
      setArticle((a) => (a && fresh && a.id === fresh.id ? fresh : a));
    }
  }, [refreshList]);

  const actions = useMemo(
    () => ({
      openArticle: (id: string) =>
        attempt(async () => {
          setArticle(await call('articles.get', { id }));
          setSelectedClaimId(null);
        }),
      /** Opens an article with one of its claims in the inspector (from search or a source's citations). */
      openClaim: (articleId: string, claimId: string) =>
        attempt(async () => {
          setArticle(await call('articles.get', { id: articleId }));
          setSelectedClaimId(claimId);
        }),
      closeArticle: () => {
        setArticle(null);
        setSelectedClaimId(null);
        localStorage.removeItem(LAST_ARTICLE_KEY);
      },
      createArticle: (input: ApiInput<'articles.create'>) =>
        attempt(async () => {
          await show(await call('articles.create', input));
          return true;
        }),
      importFile: (file: File, title: string, options: ImportOptions) =>
        attempt(async () => {
          const dataBase64 = await fileToBase64(file);
          await show(
            await call('articles.import', { fileName: file.name, dataBase64, options, ...(title ? { title } : {}) }),
          );
          return true;
        }),
      openSample: (id: string) => attempt(async () => show(await call('samples.open', { id }))),
      renameArticle: (id: string, title: string) =>
        attempt(async () => {
          setArticle(await call('articles.rename', { id, title }));
          await refreshList();
        }),
      deleteArticle: (id: string) =>
        attempt(async () => {
          await call('articles.delete', { id });
          setArticle((a) => (a?.id === id ? null : a));
          localStorage.removeItem(LAST_ARTICLE_KEY);
          await refreshList();
          notify('info', 'Article deleted. Its file was kept in the data folder’s trash.');
        }),
      tagClaim: (articleId: string, start: number, end: number) =>
        attempt(async () => {
          const claim = await call('claims.create', { articleId, start, end });
          setArticle((a) => (a ? { ...a, claims: [...a.claims, claim].sort(byTextPlace) } : a));
          setSelectedClaimId(claim.id);
          await refreshList();
        }),
      updateClaim: (input: ApiInput<'claims.update'>) =>
        attempt(async () => replaceClaim(await call('claims.update', input))),
      /** Resolves true when set; a status the rules refuse is explained beside the buttons, not as a notice. */
      setStatus: (claimId: string, status: ClaimStatus, note?: string) =>
        attempt(async () => {
          try {
            replaceClaim(await call('claims.setStatus', { claimId, status, ...(note ? { note } : {}) }));
          } catch (error) {
            if (refusedByRules(claimId, error)) return false;
            throw error;
          }
          await refreshList();
          return true;
        }),
      undoClaim: (claimId: string) =>
        attempt(async () => {
          try {
            replaceClaim(await call('claims.undo', { claimId }));
          } catch (error) {
            if (refusedByRules(claimId, error)) return;
            throw error;
          }
          await refreshList();
          notify('info', 'Undone. The undo is recorded in the claim’s history.');
        }),
      deleteClaim: (claimId: string) =>
        attempt(async () => {
          await call('claims.delete', { claimId });
          setArticle((a) => (a ? { ...a, claims: a.claims.filter((c) => c.id !== claimId) } : a));
          setSelectedClaimId(null);
          await refreshList();
        }),
      addVersion: (articleId: string, text: string, label: string) =>
        attempt(async () =>
          announceVersion(await call('versions.add', { articleId, text, ...(label ? { label } : {}) })),
        ),
      importVersion: (articleId: string, file: File, label: string, options: ImportOptions) =>
        attempt(async () => {
          const dataBase64 = await fileToBase64(file);
          return announceVersion(
            await call('versions.import', {
              articleId,
              fileName: file.name,
              dataBase64,
              options,
              ...(label ? { label } : {}),
            }),
          );
        }),
      reportPreview: (articleId: string, options: ReportOptions) =>
        attempt(() => call('reports.preview', { articleId, options })),
      reportExport: (articleId: string, format: ReportFormat, options: ReportOptions) =>
        attempt(() => call('reports.export', { articleId, format, options })),
      compare: (articleId: string, from: number, to: number) =>
        attempt(() => call('versions.compare', { articleId, from, to })),
      reattach: (claimId: string, start: number, end: number) =>
        attempt(async () => {
          const claim = await call('claims.reattach', { claimId, start, end });
          setArticle((a) =>
            a ? { ...a, claims: [...a.claims.filter((c) => c.id !== claim.id), claim].sort(byTextPlace) } : a,
          );
        }),
      acceptSuggestions: (
        articleId: string,
        version: number,
        spans: { start: number; end: number; kind: ClaimKind }[],
      ) =>
        attempt(async () => {
          try {
            const claims = await call('suggestions.accept', { articleId, version, spans });
            if (claims.length === 1) setSelectedClaimId(claims[0]!.id);
            else notify('info', `${claims.length} suggested claims tagged.`);
          } finally {
            // Whatever happened, show what is stored now.
            setArticle(await call('articles.get', { id: articleId }));
            await refreshList();
          }
        }),
      dismissSuggestion: (articleId: string, version: number, start: number, end: number) =>
        attempt(async () => {
          await call('suggestions.dismiss', { articleId, version, start, end });
          setArticle(await call('articles.get', { id: articleId }));
        }),
      createSource: (fields: SourceFields) =>
        attempt(async () => {
          const source = await call('sources.create', fields);
          setSources(await call('sources.list', {}));
          return source;
        }),
      addEvidence: (input: ApiInput<'claims.addEvidence'>) =>
        attempt(async () => {
          replaceClaim(await call('claims.addEvidence', input));
          await refreshList();
          return true;
        }),
      removeEvidence: (claimId: string, evidenceId: string) =>
        attempt(async () => {
          replaceClaim(await call('claims.removeEvidence', { claimId, evidenceId }));
          await refreshList();
        }),
      // The reload reads the open article's ref when it runs, never during render; the app does not use
      // the React Compiler, whose memoisation this rule protects.
      // eslint-disable-next-line react-hooks/refs
      ...sourceActions({ attempt, notify, reload: reloadAfterSourceChange }),
      search: (query: string) => call('search.query', { query }),
      updateSettings: (changes: ApiInput<'settings.update'>) =>
        attempt(async () => setSettings(await call('settings.update', changes))),
      resetSuggestionLearning: () => attempt(async () => setSettings(await call('suggestions.resetLearning', {}))),
      selectClaim: setSelectedClaimId,
      notify,
      /** Reads everything again after the data changed underneath (a backup was restored). */
      reloadLibrary: (openId: string | null) =>
        attempt(async () => {
          const [list, sourceList, current] = await Promise.all([
            call('articles.list', {}),
            call('sources.list', {}),
            call('settings.get', {}),
          ]);
          setArticles(list);
          setSources(sourceList);
          setSettings(current);
          setSelectedClaimId(null);
          setArticle(null);
          // The open article comes back if it still can; if its file cannot be read, the rest is shown anyway.
          if (openId && list.some((a) => a.id === openId)) setArticle(await call('articles.get', { id: openId }));
        }),
    }),
    [attempt, show, refreshList, replaceClaim, refusedByRules, notify, announceVersion, reloadAfterSourceChange],
  );

  const selectedClaim = article?.claims.find((c) => c.id === selectedClaimId) ?? null;
  return {
    articles,
    article,
    selectedClaim,
    sources,
    samples,
    settings,
    notices,
    loadError,
    actions,
    report,
    statusRefusal: statusRefusal && statusRefusal.claimId === selectedClaimId ? statusRefusal.message : null,
  };
}

export type Workbench = ReturnType<typeof useWorkbench>;
