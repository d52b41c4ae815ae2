import { expect, test } from '../fixtures/workbench-test';
import { ArticleMenuPage } from '../pages/article-menu-page';
import { EvidenceChecksPage } from '../pages/evidence-checks-page';
import { SourcesPage } from '../pages/sources-page';
import { WorkbenchPage } from '../pages/workbench-page';

const LINES = "replaced 4,120 of the city's estimated 9,800 lead service lines";
const QUOTE = 'At this rate every known lead line in Harborview will be gone by the end of 2028';
/** The council's minutes: the figure on page 2, the director's words (not quite as the draft has them) on page 3. */
const MINUTES = [
  '<h1>County council</h1><p>Minutes of the budget hearing. Present: eleven members.</p>',
  '<p>The authority reported that it has replaced 4,120 of the estimated 9,800 lead service lines since March 2023.</p>',
  '<p>Director Castellanos: at this rate every known lead line in Harborview will be gone by the end of 2029.</p>',
];

test.describe('evidence checked against the attached documents', () => {
  test('an excerpt found fills in its page, a wrong one is flagged, a quote is compared, the report says so', async ({
    page,
    server,
  }) => {
    const app = new WorkbenchPage(page);
    const sources = new SourcesPage(page);
    const checks = new EvidenceChecksPage(page);
    await app.goto(server.url);
    await app.openSample();

    await sources.open();
    await sources.create({ kind: 'Document', title: 'Council minutes' });
    await sources.attach({
      name: 'minutes.pdf',
      mimeType: 'application/pdf',
      buffer: await checks.printPdf(MINUTES),
    });
    await app.articleItem(/Harborview/).click();

    // An excerpt that is in the document: the page is filled in, and it says where it was found.
    await app.selectPhrase(LINES);
    await app.tagWithKey();
    await app.linkSource({
      source: 'Council minutes',
      relation: 'Supports',
      excerpt: 'it has replaced 4,120 of the estimated 9,800 lead service lines',
    });
    const found = 'it has replaced 4,120';
    await expect(checks.evidence(found).locator('.locator')).toHaveText('p. 2');
    await expect(checks.finding(found)).toHaveText('Found word for word in minutes.pdf, p. 2');

    // One that is not: kept, with a warning.
    await app.linkSource({
      source: 'Council minutes',
      relation: 'Supports',
      excerpt: 'The council approved a new bond to pay for the remaining lines by 2026.',
    });
    await expect(checks.finding('The council approved')).toContainText('Not found in the attached document');

    // A quote: compared with the director's words in the minutes, the changed year marked.
    await page.keyboard.press('Escape');
    await app.selectPhrase(QUOTE);
    await app.tagWithKey();
    await app.setKind('Quote');
    await app.linkSource({ source: 'Council minutes', relation: 'Context' });
    await expect(checks.quoteCheck()).toContainText(
      'Quote differs from the source (Council minutes, minutes.pdf, p. 3)',
    );
    await expect(checks.quoteCheck().locator('del')).toHaveText('2029.');
    await expect(checks.quoteCheck().locator('ins')).toHaveText('2028');

    // The report lists both as open items and marks the excerpt unconfirmed.
    await new ArticleMenuPage(page).openReport();
    const preview = page.getByTestId('report-preview');
    await expect(preview).toContainText('Unconfirmed: not found in the attached document');
    await expect(preview.locator('.flags').first()).toContainText(/An excerpt was not found|Quote differs/);
    await expect(preview.locator('.quote-check del')).toHaveText('2029.');
  });
});
