import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/workbench-test';
import { apiCall } from '../fixtures/api';
import { ArticleMenuPage } from '../pages/article-menu-page';
import { WorkbenchPage } from '../pages/workbench-page';

test.describe('reports', () => {
  test('preview with options, export every format, and open the HTML: content there, no script run', async ({
    page,
    request,
    server,
    data,
  }) => {
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.openSample();
    await app.selectPhrase("replaced 4,120 of the city's estimated 9,800 lead service lines");
    await app.tagWithKey();
    await app.supportWith('HPWA replacement log', 'Lines replaced: 4,120');
    await app.setStatus('Verified');
    await app.inspector.getByLabel('Notes').fill('Internal: <script>window.pwned = 1</script> call the clerk');
    // Leaving the inspector saves the notes (on blur) and goes back to the claims list.
    await app.inspector.getByRole('button', { name: '← All claims' }).click();
    await app.selectPhrase('The average replacement now costs $7,400');
    await app.tagWithKey();
    await expect(app.claimQuote()).toHaveText('The average replacement now costs $7,400');
    await app.setStatusWithNote('False', 'The utility’s own figure is $8,900.');
    await page.keyboard.press('Escape');
    const [summary] = await apiCall(request, server, 'articles.list', {});
    await apiCall(request, server, 'settings.update', {
      claimReview: {
        organizationName: 'Harbor Desk',
        url: 'https://desk.example/checks/lead',
        bestRating: 5,
        worstRating: 1,
        verdicts: { verified: { label: 'True', rating: 5 }, false: { label: 'False', rating: 1 } },
      },
    });

    await new ArticleMenuPage(page).openReport();
    const preview = page.getByTestId('report-preview');
    await expect(preview.locator('.claim')).toHaveCount(2);
    await expect(preview).toContainText('call the clerk');
    await page.getByLabel('Notes (may be internal)').uncheck();
    await expect(preview).not.toContainText('call the clerk');
    await page.getByRole('complementary', { name: 'Report options' }).getByLabel('False').uncheck();
    await expect(preview.locator('.claim')).toHaveCount(1);

    const saved: Record<string, string> = {};
    for (const label of ['HTML', 'PDF', 'Markdown', 'CSV', 'JSON', 'ClaimReview']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: label, exact: true }).click();
      const file = await download;
      const path = join(data.dir, file.suggestedFilename());
      await file.saveAs(path);
      saved[label] = path;
    }
    expect(Object.values(saved).map((p) => p.split('/').pop())).toEqual([
      'harborview-water-utility-says-lead-pipe-removal-is-ahead-of-fact-check.html',
      'harborview-water-utility-says-lead-pipe-removal-is-ahead-of-fact-check.pdf',
      'harborview-water-utility-says-lead-pipe-removal-is-ahead-of-fact-check.md',
      'harborview-water-utility-says-lead-pipe-removal-is-ahead-of-fact-check.csv',
      'harborview-water-utility-says-lead-pipe-removal-is-ahead-of-fact-check.json',
      'harborview-water-utility-says-lead-pipe-removal-is-ahead-of-fact-check.claimreview.jsonld',
    ]);
    expect(readFileSync(saved.Markdown!, 'utf8')).toMatch(/^# Harborview water utility/);
    expect(readFileSync(saved.CSV!, 'utf8').startsWith('\uFEFF"#"')).toBe(true);
    expect(JSON.parse(readFileSync(saved.JSON!, 'utf8')).article.id).toBe(summary!.id);
    expect(JSON.parse(readFileSync(saved.ClaimReview!, 'utf8'))).toHaveLength(2);
    const pdf = readFileSync(saved.PDF!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);

    const report = await page.context().newPage();
    const scriptErrors: string[] = [];
    report.on('console', (m) => scriptErrors.push(m.text()));
    await report.goto(`file://${saved.HTML}`);
    await expect(report.locator('h1')).toHaveText(
      'Harborview water utility says lead pipe removal is ahead of schedule',
    );
    await expect(report.locator('.claim')).toHaveCount(1);
    await expect(report.locator('.claim blockquote')).toContainText('replaced 4,120');
    expect(await report.locator('script').count()).toBe(0);
    expect(await report.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await report.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
