import { expect, test } from '../fixtures/workbench-test';
import { ArticleMenuPage } from '../pages/article-menu-page';
import { DeskPage } from '../pages/desk-page';
import { SettingsPage } from '../pages/settings-page';
import { WorkbenchPage } from '../pages/workbench-page';

test.describe('the top bar and the article’s menu', () => {
  test('Settings open from every screen, the empty start screen too, with the button or Ctrl+,', async ({
    page,
    server,
  }) => {
    const app = new WorkbenchPage(page);
    const settings = new SettingsPage(page);
    await app.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Bring in a draft to check' })).toBeVisible();

    await settings.open();
    for (const section of ['You', 'Desk', 'Publishing verdicts (ClaimReview)', 'Imports', 'Backups']) {
      await expect(settings.section(section)).toBeVisible();
    }
    await settings.section('You').getByLabel('Your name, as it appears in claim histories').fill('Rosa Ortiz');
    await settings.save();
    await expect(settings.editorName()).toHaveText('Rosa Ortiz');

    // The desk's members have one place: Settings → Desk, reached from Settings.
    await page.keyboard.press('Control+,');
    await expect(settings.dialog).toBeVisible();
    await settings.section('Desk').getByRole('button', { name: 'Desk…' }).click();
    const desk = new DeskPage(page);
    await expect(desk.dialog).toBeVisible();
    await desk.addMember('Bo Lindqvist');
    await desk.addMember('Ana Ruiz');
    await desk.closeSettings();
    // Settings saved after the members were added leave them as they are.
    await settings.open();
    await settings.save();

    await app.openSample();
    await app.selectPhrase('nearly double the pace of 2022');
    await app.tagWithKey();
    // The desk's members are offered as assignees, with the editor.
    await expect(app.inspector.getByLabel('Assignee').locator('option')).toHaveText([
      'Nobody',
      'Ana Ruiz',
      'Bo Lindqvist',
      'Rosa Ortiz (you)',
    ]);
    await page.keyboard.press('Control+,');
    await expect(settings.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Sources library/ }).click();
    await settings.open();
    await page.keyboard.press('Escape');

    // The keyboard help lists it.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.getByRole('row').filter({ hasText: 'Settings' })).toContainText('Ctrl+,');
    await page.keyboard.press('Escape');
    await settings.topBar.getByRole('button', { name: /^Keyboard/ }).click();
    await expect(help).toBeVisible();
  });

  test('the Article menu: a menu for the keyboard, Escape gives focus back, deleting still asks', async ({
    page,
    server,
  }) => {
    const app = new WorkbenchPage(page);
    const menu = new ArticleMenuPage(page);
    await app.goto(server.url);
    await app.openSample();
    await expect(page.getByRole('main').getByRole('button', { name: 'Delete article' })).toHaveCount(0);

    await menu.button.focus();
    await page.keyboard.press('ArrowDown');
    await expect(menu.menu).toBeVisible();
    await expect(menu.button).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.item('Rename…')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.item('Report and export…')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(menu.item('Delete article…')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(menu.item('Rename…')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu.menu).toHaveCount(0);
    await expect(menu.button).toBeFocused();
    await expect(menu.button).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const title = page.getByLabel('Article title');
    await expect(title).toBeFocused();
    await title.fill('Lead pipes: the check');
    await title.press('Enter');
    await expect(app.draftTitle()).toHaveText('Lead pipes: the check');
    await expect(app.articleItem(/^Lead pipes: the check/)).toBeVisible();

    // Destructive: the question comes first, and saying no keeps the article.
    let asked = '';
    page.once('dialog', (question) => {
      asked = question.message();
      void question.dismiss();
    });
    await menu.choose('Delete article…');
    expect(asked).toContain('Delete “Lead pipes: the check”');
    await expect(app.draftTitle()).toHaveText('Lead pipes: the check');

    // A click elsewhere closes the menu too.
    await menu.open();
    await app.draft.click({ position: { x: 5, y: 5 } });
    await expect(menu.menu).toHaveCount(0);
  });

  test('notices are in a region named Notices', async ({ page, server }) => {
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.openSample();
    await app.selectPhrase('nearly double the pace of 2022');
    await app.tagWithKey();
    await app.inspector.getByRole('button', { name: 'Undo last change' }).click();
    await expect(page.getByRole('region', { name: 'Notices' })).toContainText('nothing to undo');
  });
});
