import type { ReportFile, ReportFormat, ReportOptions } from '../../../shared/report';
import type { Article, Comparison } from '../../../shared/model';
import type { ClaimSourceCheck } from '../../../shared/source-checks';
import { AppError } from '../app-error';
import { currentVersion } from '../domain/summary';
import { renderArticleRecord } from '../domain/report/article-record';
import { renderClaimReview } from '../domain/report/render-claimreview';
import { renderReportFragment, renderReportHtml } from '../domain/report/render-html';
import { renderReportCsv, renderReportMarkdown } from '../domain/report/render-text-formats';
import { buildReportModel } from '../domain/report/report-model';
import type { CoreContext, Handlers } from './context';

type ReportHandlers = Pick<Handlers, 'reports.preview' | 'reports.export'>;

const MIME: Record<ReportFormat, string> = {
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  claimreview: 'application/ld+json',
};

const EXTENSION: Record<ReportFormat, string> = {
  html: 'html',
  pdf: 'pdf',
  md: 'md',
  csv: 'csv',
  json: 'json',
  claimreview: 'claimreview.jsonld',
};

/** A file name from the title: letters, digits and dashes only. */
function baseName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .toLowerCase()
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'article'}-fact-check`;
}

export function reportHandlers({ store, now, printPdf, runTextJob, sourceChecks }: CoreContext): ReportHandlers {
  /** The comparison behind "changes since version N", in the worker for a long draft. */
  async function changesSince(article: Article, since: number | undefined): Promise<Comparison | undefined> {
    const base = since === undefined ? undefined : article.versions.find((v) => v.n === since);
    if (!base) return undefined;
    return (await runTextJob({
      kind: 'compare',
      oldText: base.text,
      newText: currentVersion(article).text,
    })) as Comparison;
  }

  /** Each claim with an excerpt or a quote to check, checked against its sources' documents. */
  async function checksOf(article: Article): Promise<Map<string, ClaimSourceCheck>> {
    const checks = new Map<string, ClaimSourceCheck>();
    for (const claim of article.claims) {
      const quote = claim.kind === 'quote' && claim.evidence.length > 0;
      if (quote || claim.evidence.some((e) => e.excerpt)) checks.set(claim.id, await sourceChecks.check(claim));
    }
    return checks;
  }

  async function model(articleId: string, options: ReportOptions) {
    const article = await store.getArticle(articleId);
    const changes = await changesSince(article, options.changesSince);
    const checks = await checksOf(article);
    return {
      article,
      model: buildReportModel(article, store.listSources(), store.settings(), options, now(), changes, checks),
    };
  }

  return {
    'reports.preview': async ({ articleId, options = {} }) => ({
      html: renderReportFragment((await model(articleId, options)).model),
    }),

    'reports.export': async ({ articleId, format, options = {} }): Promise<ReportFile> => {
      const { article, model: report } = await model(articleId, options);
      const file = (content: string, encoding: ReportFile['encoding'] = 'utf-8'): ReportFile => ({
        fileName: `${baseName(article.title)}.${EXTENSION[format]}`,
        mimeType: MIME[format],
        content,
        encoding,
      });
      switch (format) {
        case 'html':
          return file(renderReportHtml(report));
        case 'md':
          return file(renderReportMarkdown(report));
        case 'csv':
          return file(renderReportCsv(report));
        case 'json':
          return file(renderArticleRecord(article, store.listSources(), now()));
        case 'claimreview':
          return file(renderClaimReview(article, store.settings(), options, now()));
        case 'pdf': {
          if (!printPdf) {
            throw new AppError(
              'NOT_FOUND',
              'PDF export needs Chromium, which was not found here; export HTML and print it to PDF instead.',
            );
          }
          const pdf = await printPdf(renderReportHtml(report));
          return file(Buffer.from(pdf).toString('base64'), 'base64');
        }
      }
    },
  };
}
