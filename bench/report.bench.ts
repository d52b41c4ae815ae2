import { renderReportHtml } from '../src/main/core/domain/report/render-html';
import { buildReportModel } from '../src/main/core/domain/report/report-model';
import { generateCheckedArticle } from './generate-article';
import { measure, type Report } from './harness';

/** The HTML report of an article with 2,000 claims. */
export function benchReport(report: Report, quick: boolean): void {
  const claims = quick ? 200 : 2000;
  const { article, sources } = generateCheckedArticle(quick ? 10_000 : 50_000, claims, 200, 5);
  const settings = { editorName: 'Bench' };
  report.add({
    name: `HTML report, ${claims.toLocaleString('en-US')} claims with evidence and history`,
    unit: 'ms',
    ...measure(
      () => renderReportHtml(buildReportModel(article, sources, settings, {}, '2026-11-30T10:00:00.000Z')),
      quick ? 3 : 9,
    ),
    ...(quick ? {} : { target: 500 }),
  });
}
