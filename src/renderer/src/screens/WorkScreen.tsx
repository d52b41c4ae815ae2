import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback } from 'react';
import type { ReportFormat, ReportOptions } from '../../../shared/report';
import { call } from '../api/client';
import { queryOptionsFor } from '../api/queries';
import { useDeleteArticle, useRenameArticle } from '../articles/article-mutations';
import { useTagClaim } from '../claims/claim-mutations';
import { DraftView } from '../draft/DraftView';
import { useNavigate } from '../navigation/NavigationProvider';
import { saveFile } from '../platform/save-file';
import { suggestionKey } from '../suggestions/suggestion-key';
import { SuggestionControls } from '../suggestions/SuggestionControls';
import { Loading } from '../ui/Loading';
import { useNotify } from '../ui/notices-context';
import { CompareView, ReportView } from './lazy-views';
import { useWork } from './work-context';

/** The open article in the middle pane: its draft, a comparison of two versions, or its report. */
export function WorkScreen() {
  const work = useWork();
  const { article, view, setView, latest, suggestions, suggestion, selectedClaim } = work;
  const navigate = useNavigate();
  const notify = useNotify();
  const client = useQueryClient();
  const rename = useRenameArticle();
  const remove = useDeleteArticle();
  const tag = useTagClaim();
  const articleId = article?.id;
  const shownVersion = view.kind === 'draft' ? (view.version ?? latest) : latest;
  const places = useQuery({
    ...queryOptionsFor('versions.claimPlaces', { articleId: articleId ?? '', version: shownVersion }),
    enabled: !!articleId && shownVersion !== latest,
  });

  /** Reads through the cache: the same question is answered once until the article changes. */
  const ask = useCallback(
    <T,>(read: () => Promise<T>): Promise<T | undefined> =>
      read().catch((error: unknown) => {
        notify.error(error);
        return undefined;
      }),
    [notify],
  );
  const preview = useCallback(
    (options: ReportOptions) =>
      ask(() => client.fetchQuery(queryOptionsFor('reports.preview', { articleId: articleId ?? '', options }))),
    [ask, client, articleId],
  );
  const exportAs = useCallback(
    (format: ReportFormat, options: ReportOptions) =>
      ask(() => call('reports.export', { articleId: articleId ?? '', format, options })),
    [ask, articleId],
  );
  const compare = useCallback(
    (from: number, to: number) =>
      ask(() => client.fetchQuery(queryOptionsFor('versions.compare', { articleId: articleId ?? '', from, to }))),
    [ask, client, articleId],
  );

  if (work.articleError) {
    return (
      <section className="start-screen" aria-label="Article">
        <h1>This article could not be opened</h1>
        <p role="alert">{work.articleError.message}</p>
        <div className="start-actions">
          <button type="button" className="button" onClick={() => navigate({ type: 'close-article' })}>
            Back to the overview
          </button>
        </div>
      </section>
    );
  }
  if (!article) {
    return <section className="start-screen" aria-label="Article" aria-busy="true" />;
  }
  if (view.kind === 'report') {
    return (
      <Suspense fallback={<Loading />}>
        <ReportView
          key={article.id}
          article={article}
          preview={preview}
          exportAs={exportAs}
          onSave={saveFile}
          onClose={() => setView({ kind: 'draft', version: null })}
        />
      </Suspense>
    );
  }
  if (view.kind === 'compare') {
    return (
      <Suspense fallback={<Loading />}>
        <CompareView
          key={article.id}
          article={article}
          from={view.from}
          to={view.to}
          load={compare}
          onChangeVersions={(from, to) => setView({ kind: 'compare', from, to })}
          onClose={() => setView({ kind: 'draft', version: null })}
        />
      </Suspense>
    );
  }
  return (
    <DraftView
      key={article.id}
      article={article}
      versionN={view.version ?? latest}
      {...(places.data ? { earlierPlaces: places.data } : {})}
      selectedClaimId={selectedClaim?.id ?? null}
      onSelectClaim={(claimId) => navigate({ type: 'select-claim', claimId })}
      onTag={(span) => tag.mutate({ articleId: article.id, start: span.start, end: span.end })}
      onViewVersion={(n) => setView({ kind: 'draft', version: n === latest ? null : n })}
      onRename={(title) => rename.mutate({ id: article.id, title })}
      onNewVersion={() => navigate({ type: 'dialog', dialog: 'version' })}
      onCompare={() => setView({ kind: 'compare', from: latest - 1, to: latest })}
      actions={{
        onReport: () => setView({ kind: 'report' }),
        onShowTrash: () => navigate({ type: 'dialog', dialog: 'trash' }),
        onDelete: () => {
          if (
            window.confirm(
              `Delete “${article.title}” and its ${article.claims.length} claims? The file is kept in the trash folder.`,
            )
          ) {
            remove.mutate(article.id);
          }
        },
      }}
      suggestions={suggestions.visible}
      selectedSuggestionKey={suggestion ? suggestionKey(suggestion) : null}
      onSelectSuggestion={suggestions.select}
      toolbarExtra={<SuggestionControls suggestions={suggestions} onAcceptAll={work.acceptAllSuggestions} />}
    />
  );
}
