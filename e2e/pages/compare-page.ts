import { expect, type Locator, type Page } from '@playwright/test';

/** The comparison of two versions: its statistics, its text and its list of changes. */
export class ComparePage {
  readonly stats: Locator;
  readonly changes: Locator;
  readonly inline: Locator;
  readonly oldColumn: Locator;
  readonly newColumn: Locator;

  constructor(readonly page: Page) {
    this.stats = page.getByLabel('Change summary');
    this.changes = page.getByRole('navigation', { name: 'Changes' });
    this.inline = page.getByTestId('diff-inline');
    this.oldColumn = page.getByTestId('diff-old');
    this.newColumn = page.getByTestId('diff-new');
  }

  /** From the draft: compares the latest version with the one before. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Compare versions' }).click();
    await expect(this.stats).toBeVisible();
  }

  /** The list draws only the rows in view: scrolls it to its end, then the last row's button. */
  async lastChange(): Promise<Locator> {
    await this.changes.evaluate((nav) => nav.scrollTo({ top: nav.scrollHeight }));
    const last = this.changes.getByRole('button').last();
    await expect(last).toBeVisible();
    return last;
  }
}
