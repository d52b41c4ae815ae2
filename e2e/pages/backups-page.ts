import { expect, type Locator, type Page } from '@playwright/test';
import { SettingsPage } from './settings-page';

/** The Backups screen, opened from Settings (which opens from the top bar). */
export class BackupsPage {
  readonly dialog: Locator;
  readonly rows: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Backups' });
    this.rows = this.dialog.getByRole('table', { name: 'Backups' }).locator('tbody tr');
    this.status = this.dialog.getByRole('status');
  }

  async open(): Promise<void> {
    const settings = new SettingsPage(this.page);
    await settings.open();
    await settings.dialog.getByRole('button', { name: 'Backups…' }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByText('Reading the backups…')).toHaveCount(0);
  }

  async backUpNow(): Promise<void> {
    const before = await this.rows.count();
    await this.dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect(this.status).toContainText('Backed up');
    await expect(this.rows).toHaveCount(before + 1);
  }

  /** The newest backup taken for this reason, as the list words it. */
  row(reason: string): Locator {
    return this.rows.filter({ hasText: reason }).first();
  }

  /** Restores a backup, confirming as an editor would after reading what will happen. */
  async restore(row: Locator): Promise<void> {
    await row.getByRole('button', { name: 'Restore…' }).click();
    const confirm = this.dialog.getByRole('group', { name: 'Confirm the restore' });
    await expect(confirm).toContainText('What you have now is backed up first');
    await confirm.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(this.status).toContainText('Restored the backup');
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toHaveCount(0);
  }
}
