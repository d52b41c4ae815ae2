import { expect, type Locator, type Page } from '@playwright/test';

/** The open article's "Article ▾" menu: rename, report and export, its trash, delete. */
export class ArticleMenuPage {
  readonly button: Locator;
  readonly menu: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('main').getByRole('button', { name: 'Article', exact: true });
    this.menu = page.getByRole('menu', { name: 'Article' });
  }

  item(name: string | RegExp): Locator {
    return this.menu.getByRole('menuitem', { name });
  }

  async open(): Promise<void> {
    await this.button.click();
    await expect(this.menu).toBeVisible();
  }

  async choose(name: string | RegExp): Promise<void> {
    await this.open();
    await this.item(name).click();
    await expect(this.menu).toHaveCount(0);
  }

  async openReport(): Promise<void> {
    await this.choose('Report and export…');
    await expect(this.page.getByTestId('report-preview')).toBeVisible();
  }
}
