import { expect, test } from '../fixtures/workbench-test';
import { PastChecksPage } from '../pages/past-checks-page';
import { PastMatchesPage } from '../pages/past-matches-page';
import { WorkbenchPage } from '../pages/workbench-page';

const REPEATED = "replaced 4,120 of the city's estimated 9,800 lead service lines";
const OTHER = 'Crews have dug test pits at 600 of them since January';

function review(n: number, claim: string, publisher: string, label: string): Record<string, unknown> {
  return {
    '@type': 'ClaimReview',
    url: `https://factcheck.example/reviews/${n}`,
    claimReviewed: claim,
    datePublished: `2024-03-0${n}`,
    author: { '@type': 'Organization', name: publisher },
    reviewRating: { alternateName: label },
  };
}

const FEED = [
  review(1, "The water authority has replaced 4,120 of the city's 9,800 lead service lines.", 'PolitiFact', 'False'),
  review(2, 'Crews dug test pits at 600 unclassified connections since January.', 'Harbour Checks', 'Half true'),
  review(3, 'An average lead line replacement costs $7,400, down from $9,100 in 2022.', 'Harbour Checks', 'True'),
  review(4, 'The mayor doubled the ferry budget in 2019.', 'Harbour Checks', 'True'),
];

test('a claim that repeats a past fact-check: see it with its reasons, confirm it, reject another, filter', async ({
  page,
  server,
}, testInfo) => {
  const app = new WorkbenchPage(page);
  const archive = new PastChecksPage(page);
  const matches = new PastMatchesPage(page);
  await app.goto(server.url);
  await app.openSample();
  const title = /Harborview water utility/;

  await archive.open();
  await archive.importFile({
    name: 'reviews.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(FEED)),
  });
  await expect(archive.summary).toContainText('4 fact-checks added');
  await matches.openArticle(title);

  const hint = await matches.openSuggestion('The average replacement now costs $7,400');
  await expect(hint).toContainText('Checked before: an earlier fact-check matches this sentence.');
  await expect(hint).toContainText('An average lead line replacement costs $7,400, down from $9,100 in 2022.');
  await app.page.keyboard.press('Escape');

  await app.selectPhrase(REPEATED);
  await app.tagWithButton();
  await expect(matches.heading()).toHaveText(/Checked before: 1 match$/);
  const candidate = matches.candidates().first();
  await expect(candidate).toContainText(
    "The water authority has replaced 4,120 of the city's 9,800 lead service lines.",
  );
  await expect(candidate).toContainText('PolitiFact');
  await expect(candidate).toContainText('same numbers: 4,120, 9,800');
  await expect(candidate.locator('mark').first()).toBeVisible();
  await expect(candidate.getByRole('link', { name: 'Open the fact-check' })).toHaveAttribute(
    'href',
    'https://factcheck.example/reviews/1',
  );
  await page.screenshot({ path: testInfo.outputPath('checked-before.png') });

  await matches.answer('Same claim — add as context');
  await expect(candidate).toContainText('Added as context evidence.');
  await expect(app.evidence()).toContainText(['Rated False by PolitiFact, 2024-03-01']);

  await app.backToClaims();
  await app.selectPhrase(OTHER);
  await app.tagWithButton();
  await expect(matches.heading()).toHaveText(/Checked before: 1 match$/);
  await matches.answer('Not the same');
  await expect(matches.noMatches()).toBeVisible();
  await expect(app.history()).toContainText('Not the same claim as past fact-check');

  await app.backToClaims();
  await expect(app.claimRows()).toHaveCount(2);
  await matches.filterCheckedBefore(true);
  await expect(app.claimRows()).toHaveCount(1);
  await expect(app.claimRows().first()).toContainText('4,120');
  await expect(app.claimRows().first()).toContainText('Checked before');
  await page.screenshot({ path: testInfo.outputPath('checked-before-filter.png') });
});
