import { readFileSync } from 'node:fs';
import { apiCall } from '../fixtures/api';
import { expect, test } from '../fixtures/workbench-test';
import { SourcesPage } from '../pages/sources-page';
import { SettingsPage } from '../pages/settings-page';
import { WorkbenchPage } from '../pages/workbench-page';

const LINES = "replaced 4,120 of the city's estimated 9,800 lead service lines";
const PACE = 'nearly double the pace of 2022';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test.describe('verification workflow', () => {
  test('rules, sources, evidence, assignment, filters, search and undo — all kept after a reload', async ({
    page,
    server,
    request,
  }) => {
    const app = new WorkbenchPage(page);
    const sources = new SourcesPage(page);
    await apiCall(request, server, 'settings.update', { deskMembers: ['Bo Lindqvist'] });
    await app.goto(server.url);
    await app.openSample();
    const me = (await new SettingsPage(page).editorName().textContent())!.trim();

    await app.selectPhrase(PACE);
    await app.tagWithKey();
    await app.setAssignee('Bo Lindqvist');
    await page.keyboard.press('Escape');
    await app.selectPhrase(LINES);
    await app.tagWithKey();

    // Verified without a supporting source: refused by the core, explained beside the buttons.
    await app.inspector.getByRole('button', { name: 'Verified', exact: true }).click();
    await expect(app.statusRefusal()).toContainText('Link a supporting source first');
    await expect(app.inspector.getByRole('button', { name: 'Unchecked', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('3');
    await expect(app.statusRefusal()).toContainText('only when at least one linked source supports it');

    // Sources: one made in the library with a file, a duplicate of it made from the inspector.
    await sources.open();
    await expect(sources.screen).toContainText('No sources yet');
    await sources.create({ kind: 'Document', title: 'HPWA budget packet', url: 'https://hpwa.example/budget.pdf' });
    await sources.attach({ name: 'budget.pdf', mimeType: 'application/pdf', buffer: PDF });
    await app.articleItem(/Harborview/).click();
    await app.highlight('4,120').click();
    await app.createSource({
      kind: 'Document',
      title: 'Budget packet (PDF)',
      url: 'https://www.hpwa.example/budget.pdf',
    });
    await app.linkSource({
      source: 'Budget packet (PDF)',
      relation: 'Supports',
      excerpt: 'Replaced to date: 4,120',
      locator: 'p. 14',
    });
    await expect(app.evidence()).toHaveCount(1);
    await app.setStatus('Verified');
    await expect(app.statusRefusal()).toHaveCount(0);
    await app.setVerdict('Accurate');
    await app.setAssignee(me);

    // Merge the duplicate: the evidence now cites the library's source, the claim stays verified.
    await sources.open();
    await sources.select('HPWA budget packet');
    await expect(sources.screen).toContainText('These look like the same source');
    await sources.mergeDuplicates(['Budget packet (PDF)']);
    await expect(sources.row(/Budget packet \(PDF\)/)).toHaveCount(0);
    await expect(sources.citedBy()).toContainText(LINES);
    await expect(sources.citedBy()).toContainText('Verified');
    await sources.citedBy().getByRole('button').first().click();
    await expect(app.claimQuote()).toHaveText(LINES);
    await expect(app.evidence().first()).toContainText('HPWA budget packet');

    // Filters and search over the claims list.
    await app.backToClaims();
    await expect(app.inspector).toContainText('1 of 2 claims checked');
    await app.filterClaims({ assignee: `Assigned to me (${me})` });
    await expect(app.claimRows()).toHaveCount(1);
    await expect(app.claimRows().first()).toContainText(LINES);
    await app.inspector.getByRole('button', { name: 'Clear filters' }).click();
    await app.filterClaims({ search: 'pace 2022' });
    await expect(app.claimRows()).toHaveCount(1);
    await expect(app.claimRows().first()).toContainText(PACE);
    await page.keyboard.press('Escape');
    await expect(app.claimRows()).toHaveCount(2);

    // Library search finds the source by a word of its title and opens it, from the keyboard.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('budget packet');
    await expect(page.getByRole('button', { name: /^Source HPWA budget packet/ })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: /^Source HPWA budget packet/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(sources.heading()).toHaveText('HPWA budget packet');

    // The stored file comes back byte for byte (browser mode downloads it).
    const download = page.waitForEvent('download');
    await sources.files().getByRole('button', { name: 'Download budget.pdf' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('budget.pdf');
    expect(readFileSync(await file.path())).toEqual(PDF);

    // Undo: a kind change on the second claim, taken back with Ctrl+Z and kept in the history.
    await app.articleItem(/Harborview/).click();
    await app.highlight('nearly double').click();
    await app.setKind('Comparison');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(app.inspector.getByLabel('Kind')).toHaveValue('other');
    await expect(app.history()).toContainText('Undo — Kind: comparison → other');
    // Undoing a notes edit puts the old notes back in the field, too.
    await app.inspector.getByLabel('Notes').fill('Ask the utility for the 2022 count.');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await expect(app.history()).toContainText('Notes: “Ask the utility');
    await page.keyboard.press('Control+z');
    await expect(app.inspector.getByLabel('Notes')).toHaveValue('');

    await page.reload();
    await app.highlight('4,120').click();
    await expect(app.inspector.getByRole('button', { name: 'Verified', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(app.inspector.getByLabel('Verdict label')).toHaveValue('Accurate');
    await expect(app.inspector.getByLabel('Assignee')).toHaveValue(me);
    await expect(app.evidence().first()).toContainText('HPWA budget packet');
    await expect(app.history()).toContainText('Evidence now cites “HPWA budget packet”');
    await app.highlight('nearly double').click();
    await expect(app.inspector.getByLabel('Assignee')).toHaveValue('Bo Lindqvist');
    await expect(app.history()).toContainText('Undo — Kind');
    await sources.open();
    await sources.select('HPWA budget packet');
    await expect(sources.files()).toContainText('budget.pdf');
  });
});
