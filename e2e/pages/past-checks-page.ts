import { expect, type Locator, type Page } from '@playwright/test';

/** The sources library's "Past fact-checks" tab: import, search, one item, the rating mapping. */
export class PastChecksPage {
  readonly screen: Locator;
  readonly list: Locator;
  readonly detail: Locator;
  readonly mapping: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('region', { name: 'Past fact-checks' });
    this.list = this.screen.getByRole('list', { name: 'Past fact-checks list' });
    this.detail = this.screen.getByRole('region', { name: 'Past fact-check details' });
    this.mapping = this.screen.getByRole('region', { name: 'Rating mapping' });
    this.summary = this.screen.getByRole('status', { name: 'Import summary' });
  }

  /** Opens the sources library from the top bar, then its Past fact-checks tab, by keyboard. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /^Sources library/ }).click();
    const tab = this.page.getByRole('tab', { name: 'Past fact-checks' });
    await tab.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.screen).toBeVisible();
  }

  async importFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.screen.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(file);
    await expect(this.summary).toBeVisible();
  }

  async showProblems(): Promise<Locator> {
    await this.summary.getByText('What was left out').click();
    return this.summary.getByRole('listitem');
  }

  rows(): Locator {
    return this.list.getByRole('listitem');
  }

  async search(words: string): Promise<void> {
    await this.screen.getByRole('searchbox', { name: 'Search past fact-checks' }).fill(words);
  }

  async filterStatus(status: string): Promise<void> {
    await this.screen.getByLabel('Status', { exact: true }).selectOption({ label: status });
  }

  async openItem(claim: string | RegExp): Promise<void> {
    await this.list.getByRole('button', { name: claim }).click();
    await expect(this.detail.getByRole('heading', { level: 2 })).toHaveText(claim);
  }

  /** Shows the mapping and sets the status a label counts as. */
  async mapLabel(label: string, status: string): Promise<void> {
    await this.screen.getByRole('button', { name: 'Rating mapping' }).click();
    await this.mapping.getByLabel(`Status for ${label}`, { exact: true }).first().selectOption({ label: status });
  }
}
