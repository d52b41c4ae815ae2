import { expect, type Locator, type Page } from '@playwright/test';
import { ArticleMenuPage } from './article-menu-page';

/** Deleting a claim to the article's trash, and the trash itself (Article ▾ → Article trash). */
export class ArticleTrashPage {
  readonly dialog: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Article trash' });
    this.items = this.dialog.getByRole('list', { name: 'Deleted claims' }).getByRole('listitem');
  }

  /** Deletes the claim open in the inspector, answering the question with a reason (or none). */
  async deleteOpenClaim(reason?: string): Promise<void> {
    await this.page
      .getByRole('complementary', { name: 'Claims' })
      .getByRole('button', { name: 'Delete claim' })
      .click();
    const ask = this.page.getByRole('dialog', { name: 'Delete this claim?' });
    await expect(ask).toContainText('goes to the article’s trash with its evidence and its whole history');
    if (reason) await ask.getByLabel(/^Reason/).fill(reason);
    await ask.getByRole('button', { name: 'Move to the trash' }).click();
    await expect(ask).toHaveCount(0);
  }

  async open(): Promise<void> {
    await new ArticleMenuPage(this.page).choose(/^Article trash/);
    await expect(this.dialog).toBeVisible();
  }

  item(quote: string): Locator {
    return this.items.filter({ hasText: quote });
  }

  async restore(quote: string): Promise<void> {
    await this.item(quote)
      .getByRole('button', { name: /^Restore/ })
      .click();
    await expect(this.dialog).toHaveCount(0);
  }
}
