import { EVENTS_PATH } from '../../src/shared/events';
import { startServer } from '../fixtures/server';
import { expect, test } from '../fixtures/workbench-test';
import { WorkbenchPage } from '../pages/workbench-page';

const FIRST = "replaced 4,120 of the city's estimated 9,800 lead service lines";
const SECOND = 'nearly double the pace of 2022';

test.describe('checking a draft end to end', () => {
  test('tag two claims, link a source, verify one; all of it survives a reload and a server restart', async ({
    page,
    server,
    data,
  }) => {
    const errors: string[] = [];
    // The change stream is cut when the server stops, as this test makes it do: that is no error of the page.
    const ownStream = (url: string): boolean => new URL(url, server.origin).pathname === EVENTS_PATH;
    page.on('console', (m) => m.type() === 'error' && !ownStream(m.location().url) && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Bring in a draft to check' })).toBeVisible();

    await app.openSample();
    await expect(app.articleItem(/Harborview water utility/)).toContainText('No claims yet');
    await expect(app.inspector).toContainText('No claims tagged yet');

    await app.selectPhrase(FIRST);
    await app.tagWithButton();
    await expect(app.highlights).toHaveCount(1);
    await expect(app.highlight('4,120')).toHaveText(FIRST);
    await expect(app.claimQuote()).toHaveText(FIRST);

    await app.page.keyboard.press('Escape');
    await app.selectPhrase(SECOND);
    await app.tagWithKey();
    await expect(app.highlights).toHaveCount(2);
    await expect(app.claimQuote()).toHaveText(SECOND);
    await app.setKind('Comparison');

    await app.highlight('4,120').click();
    await expect(app.claimQuote()).toHaveText(FIRST);
    await app.setKind('Statistic');
    await app.createSource({
      kind: 'Document',
      title: 'HPWA budget packet, FY2026',
      url: 'https://example.org/hpwa-budget.pdf',
      publisher: 'Harborview Public Water Authority',
    });
    await app.linkSource({
      source: 'HPWA budget packet, FY2026',
      relation: 'Supports',
      locator: 'p. 14, table 3',
      excerpt: 'Lead service lines replaced to date: 4,120',
    });
    await expect(app.evidence()).toHaveCount(1);
    await expect(app.evidence().first()).toContainText('Supports');
    await expect(app.evidence().first()).toContainText('p. 14, table 3');

    await app.setStatus('In progress');
    await app.setStatus('Verified');
    await expect(app.highlight('4,120')).toHaveClass(/status-verified/);
    await expect(app.highlight('nearly double')).toHaveClass(/status-unchecked/);
    await expect(app.articleItem(/Harborview/)).toContainText('1 of 2 checked');
    await expect(app.inspector.getByRole('list', { name: 'History' })).toContainText('In progress → Verified');

    const checkSaved = async (): Promise<void> => {
      await expect(app.articleItem(/Harborview/)).toContainText('1 of 2 checked');
      await app.articleItem(/Harborview/).click();
      await expect(app.highlights).toHaveCount(2);
      await expect(app.highlight('4,120')).toHaveClass(/status-verified/);
      await app.highlight('4,120').click();
      await expect(app.inspector.getByLabel('Kind')).toHaveValue('statistic');
      await expect(app.evidence().first()).toContainText('HPWA budget packet, FY2026');
      await expect(app.evidence().first()).toContainText('Lead service lines replaced to date: 4,120');
      await app.highlight('nearly double').click();
      await expect(app.inspector.getByLabel('Kind')).toHaveValue('comparison');
    };

    await page.reload();
    await expect(app.highlights).toHaveCount(2);
    await checkSaved();

    await server.stop();
    const restarted = await startServer(data.dir);
    try {
      await app.goto(restarted.url);
      await checkSaved();
    } finally {
      await restarted.stop();
    }
    expect(errors).toEqual([]);
  });
});
