import { expect, test } from '../fixtures/workbench-test';
import { BackupsPage } from '../pages/backups-page';
import { WorkbenchPage } from '../pages/workbench-page';

const FIRST = "replaced 4,120 of the city's estimated 9,800 lead service lines";
const SECOND = 'nearly double the pace of 2022';

test.describe('backups', () => {
  test('back up, change more, restore the backup, then undo the restore', async ({ page, server }, testInfo) => {
    const app = new WorkbenchPage(page);
    const backups = new BackupsPage(page);
    await app.goto(server.url);
    await app.openSample();
    await app.selectPhrase(FIRST);
    await app.tagWithButton();
    await app.supportWith('HPWA replacement log');
    await app.setStatus('Verified');

    await backups.open();
    await expect(backups.dialog).toContainText('No backups yet.');
    await backups.backUpNow();
    await expect(backups.row('Backed up by hand')).toContainText('1');
    await backups.close();

    await page.keyboard.press('Escape');
    await app.selectPhrase(SECOND);
    await app.tagWithKey();
    await app.setStatusWithNote('False', 'The utility’s 2022 pace was 90 a month.');
    await expect(app.highlights).toHaveCount(2);
    await expect(app.articleItem(/Harborview/)).toContainText('2 of 2 checked');

    await backups.open();
    await backups.restore(backups.row('Backed up by hand'));
    await expect(backups.rows).toHaveCount(2);
    await expect(backups.rows.first()).toContainText('Before a restore');
    await backups.close();
    await expect(app.highlights).toHaveCount(1);
    await expect(app.highlight('4,120')).toHaveClass(/status-verified/);
    await expect(app.articleItem(/Harborview/)).toContainText('1 of 1 checked');

    await backups.open();
    await backups.restore(backups.row('Before a restore'));
    await expect(backups.rows).toHaveCount(3);
    await backups.dialog.screenshot({ path: testInfo.outputPath('backups-dialog.png') });
    await backups.close();
    await expect(app.highlights).toHaveCount(2);
    await expect(app.highlight('nearly double')).toHaveClass(/status-false/);
    await expect(app.articleItem(/Harborview/)).toContainText('2 of 2 checked');

    // What was restored is what is stored: it survives a reload.
    await page.reload();
    await expect(app.highlights).toHaveCount(2);
  });
});
