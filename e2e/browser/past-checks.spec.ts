import { expect, test } from '../fixtures/workbench-test';
import { PastChecksPage } from '../pages/past-checks-page';
import { WorkbenchPage } from '../pages/workbench-page';

const FIRST = "replaced 4,120 of the city's estimated 9,800 lead service lines";

function review(n: number, claim: string, rating: Record<string, unknown>): Record<string, unknown> {
  return {
    '@type': 'ClaimReview',
    url: `https://factcheck.example/reviews/${n}`,
    claimReviewed: claim,
    datePublished: `2024-03-0${n}`,
    author: { '@type': 'Organization', name: n === 2 ? 'Coastal Verify' : 'Harbour Checks' },
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Mayor Jane Doe' } },
    reviewRating: rating,
  };
}

/** A ClaimReview feed with three good items and one without a rating. */
const FEED = {
  '@context': 'https://schema.org',
  '@type': 'DataFeed',
  dataFeedElement: [
    { item: [review(1, 'Ferry fares rose 12 percent in May.', { alternateName: 'Mostly false' })] },
    { item: [review(2, 'The harbour tunnel opened two years late.', { alternateName: 'Zany' })] },
    { item: [{ ...review(3, 'Bridge tolls doubled.', {}), reviewRating: undefined }] },
    { item: [review(4, 'Lead pipes were all replaced by 2020.', { ratingValue: 5, bestRating: 5, worstRating: 1 })] },
  ],
};

test.describe('past fact-checks', () => {
  test('import a feed with one bad item, search it, change a mapping; the desk’s verdicts are listed too', async ({
    page,
    server,
  }, testInfo) => {
    const app = new WorkbenchPage(page);
    const archive = new PastChecksPage(page);
    await app.goto(server.url);
    await app.openSample();
    await app.selectPhrase(FIRST);
    await app.tagWithButton();
    await app.supportWith('HPWA replacement log');
    await app.setStatus('Verified');

    await archive.open();
    await expect(archive.rows()).toHaveCount(1);
    await expect(archive.rows().first()).toContainText('4,120');
    await expect(archive.rows().first()).toContainText('This desk · ');

    await archive.importFile({
      name: 'harbour-feed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(FEED)),
    });
    await expect(archive.summary).toContainText(
      'harbour-feed.json: 3 fact-checks added, 0 duplicates skipped, 1 item left out.',
    );
    await expect(await archive.showProblems()).toHaveText(['Item 3 was left out: it has no rating (reviewRating).']);
    await expect(archive.rows()).toHaveCount(4);

    await archive.search('ferry fares');
    await expect(archive.rows()).toHaveCount(1);
    await expect(archive.rows().first()).toContainText('Mostly false');
    await expect(archive.rows().first()).toContainText('False');
    await expect(archive.rows().first()).toContainText('Harbour Checks · 2024-03-01 · claim by Mayor Jane Doe');
    await archive.search('');

    // An unknown label takes the fallback until it is mapped.
    await archive.search('tunnel');
    await expect(archive.rows().first()).toContainText('ZanyUnverifiable');
    await archive.mapLabel('Zany', 'Disputed');
    await page.screenshot({ path: testInfo.outputPath('rating-mapping.png') });
    await expect(archive.rows().first()).toContainText('ZanyDisputed');
    await archive.search('');
    await archive.filterStatus('Disputed');
    await expect(archive.rows()).toHaveCount(1);
    await archive.filterStatus('Any status');

    await archive.openItem('Lead pipes were all replaced by 2020.');
    await expect(archive.detail).toContainText('PublisherHarbour Checks');
    await expect(archive.detail.getByTitle('Status from the rating 5 on a scale of 1 to 5')).toHaveText('5Verified');
    await expect(archive.detail.getByRole('link', { name: 'Read the fact-check' })).toHaveAttribute(
      'href',
      'https://factcheck.example/reviews/4',
    );
    await page.screenshot({ path: testInfo.outputPath('past-checks.png') });
  });

  test('an empty archive says what to do; a broken file is refused with its sentence', async ({ page, server }) => {
    const app = new WorkbenchPage(page);
    const archive = new PastChecksPage(page);
    await app.goto(server.url);
    await archive.open();
    await expect(archive.screen).toContainText('No past fact-checks yet. Use Import…');
    const chooser = page.waitForEvent('filechooser');
    await archive.screen.getByRole('button', { name: 'Import…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('[{"@type":') });
    await expect(archive.screen.getByRole('alert')).toContainText('cut.json is not valid JSON');
    await expect(archive.screen).toContainText('No past fact-checks yet.');
  });
});
