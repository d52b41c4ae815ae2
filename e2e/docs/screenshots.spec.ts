import { expect, test } from '@playwright/test';
import { startServer } from '../fixtures/server';
import { tempDataDir } from '../fixtures/temp-data';
import { makeDocx, para, run } from '../../src/main/core/import/make-docx';
import { ArticleMenuPage } from '../pages/article-menu-page';
import { WorkbenchPage } from '../pages/workbench-page';

const FERRY_DOCX = makeDocx({
  title: 'Ferry budget passes',
  body: [
    para(run('Ferry budget passes'), 'Heading1'),
    para(
      `${run('The council approved ')}<w:ins w:id="1" w:author="Ed" w:date="2025-10-14T09:00:00Z">${run('$38 million')}</w:ins><w:del w:id="2" w:author="Ed" w:date="2025-10-14T09:00:00Z"><w:r><w:delText>$36 million</w:delText></w:r></w:del>${run(' for the ferry on Tuesday.')}`,
    ),
    para(run('Fares will rise by 12 percent in May, the transit director said.')),
  ].join(''),
  comments: [{ author: 'Rosa', text: 'Check the fare figure with the agency' }],
});

/** Makes the README's screenshots from a real session (`npm run screenshots`). */
test('README screenshots', async ({ page }) => {
  const data = tempDataDir();
  const server = await startServer(data.dir);
  try {
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await page.screenshot({ path: 'docs/start-screen.png' });
    await app.openSample();
    const claims: [string, string | null, string?][] = [
      ["replaced 4,120 of the city's estimated 9,800 lead service lines", 'Verified'],
      ['nearly double the pace of 2022', 'In progress'],
      [
        'At this rate every known lead line in Harborview will be gone by the end of 2028',
        'Disputed',
        'Assumes the pace holds; the utility’s own plan says 2031.',
      ],
      ['found lead at 31 percent of those sites', null],
      [
        'The average replacement now costs $7,400, down from $9,100 in 2022',
        'False',
        'The 2025 invoices average $8,900.',
      ],
    ];
    for (const [phrase, status, note] of claims) {
      await app.selectPhrase(phrase);
      await app.tagWithKey();
      await expect(app.claimQuote()).toHaveText(phrase);
      if (status === 'Verified') await app.supportWith('HPWA replacement log', 'Replaced to date: 4,120');
      if (status && note) await app.setStatusWithNote(status, note);
      else if (status) await app.setStatus(status);
      await page.keyboard.press('Escape');
    }
    await app.highlight('found lead at 31 percent').click();
    await app.inspector.getByRole('button', { name: 'Verified', exact: true }).click();
    await expect(app.statusRefusal()).toBeVisible();
    await page.screenshot({ path: 'docs/status-rule.png' });
    await page.keyboard.press('Escape');
    await app.highlight('4,120').click();
    await app.setKind('Statistic');
    await app.createSource({
      kind: 'Document',
      title: 'HPWA budget packet, FY2026',
      publisher: 'Harborview Public Water Authority',
      date: '2025-10-14',
    });
    await app.linkSource({
      source: 'HPWA budget packet, FY2026',
      relation: 'Supports',
      locator: 'p. 14, table 3',
      excerpt: 'Lead service lines replaced to date: 4,120',
    });
    await expect(app.evidence().filter({ hasText: 'HPWA budget packet, FY2026' })).toHaveCount(1);
    await page.mouse.click(10, 890);
    await page.screenshot({ path: 'docs/screenshot.png' });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: 'docs/claims-list.png' });
    await page.getByRole('button', { name: /^Sources library/ }).click();
    await page
      .getByRole('list', { name: 'Sources' })
      .getByRole('button', { name: /HPWA budget packet/ })
      .click();
    await expect(page.getByRole('region', { name: 'Cited by' })).toContainText('Supports');
    await page.screenshot({ path: 'docs/sources.png' });
    await page.getByRole('button', { name: 'Overview' }).click();
    await page.screenshot({ path: 'docs/overview.png' });
    await app.articleItem(/Harborview/).click();

    const text = await page
      .getByTestId('draft-text')
      .evaluate((el) => [...el.querySelectorAll('p')].map((p) => p.textContent).join('\n\n'));
    const paragraphs = text.split('\n\n');
    const moved = paragraphs.splice(
      paragraphs.findIndex((p) => p.startsWith('State Senator')),
      1,
    )[0]!;
    const revised = [...paragraphs.filter((p) => !p.startsWith('Homeowners in')), moved]
      .join('\n\n')
      .replace('replaced 4,120 of', 'replaced 4,380 of')
      .replace('nearly double the pace', 'more than double the pace')
      .replace('$7,400, down from $9,100', '$7,900, down from $9,100');
    await app.addVersion('Reporter revision', revised);
    await page.getByRole('button', { name: 'Compare versions' }).click();
    await expect(page.getByLabel('Change summary')).toContainText('moved');
    await page.screenshot({ path: 'docs/compare.png' });
    await page.getByRole('button', { name: 'Side by side' }).click();
    await page.screenshot({ path: 'docs/compare-side.png' });
    await page.keyboard.press('Escape');
    await new ArticleMenuPage(page).openReport();
    await expect(page.getByTestId('report-preview').locator('.claim').first()).toBeVisible();
    await page.screenshot({ path: 'docs/report.png' });
    await page.keyboard.press('Escape');
    await expect(app.inspector.getByRole('region', { name: 'Re-check list' })).toBeVisible();
    await page.screenshot({ path: 'docs/recheck.png' });

    await page.getByRole('button', { name: '+ New', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('dialog').getByRole('button', { name: 'Open a file…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'ferry.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(FERRY_DOCX) });
    await expect(page.getByRole('dialog')).toContainText('tracked changes');
    await page.screenshot({ path: 'docs/import.png' });
  } finally {
    await server.stop();
    data.remove();
  }
});
