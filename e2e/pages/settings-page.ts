import { expect, type Locator, type Page } from '@playwright/test';

/** The Settings dialog, which opens from the top bar on every screen, or with Ctrl+, . */
export class SettingsPage {
  readonly topBar: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.topBar = page.getByRole('banner');
    this.dialog = page.getByRole('dialog', { name: 'Settings' });
  }

  /** Who the top bar says is checking (the name recorded in histories). */
  editorName(): Locator {
    return this.topBar.locator('.editor-name strong');
  }

  async open(): Promise<void> {
    await this.topBar.getByRole('button', { name: 'Settings' }).click();
    await expect(this.dialog).toBeVisible();
  }

  section(name: string): Locator {
    return this.dialog.getByRole('group', { name });
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toHaveCount(0);
  }
}
