import { expect, type Locator, type Page } from '@playwright/test';

/** "Checked before" in the claim inspector, and the claims list's filter and badge for it. */
export class PastMatchesPage {
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.inspector = page.getByRole('complementary', { name: 'Claims' });
  }

  /** The open claim's section of past fact-checks (absent when none match). */
  section(): Locator {
    return this.inspector.getByRole('region', { name: 'Checked before' });
  }

  heading(): Locator {
    return this.section().getByRole('heading');
  }

  candidates(): Locator {
    return this.section()
      .getByRole('listitem')
      .filter({ has: this.page.locator('blockquote') });
  }

  noMatches(): Locator {
    return this.inspector.getByText('No earlier fact-check matches this claim');
  }

  /** Answers the first candidate from the keyboard: focus its button, press Enter. */
  async answer(button: 'Same claim — add as context' | 'Not the same'): Promise<void> {
    const target = this.candidates().first().getByRole('button', { name: button });
    await target.focus();
    await this.page.keyboard.press('Enter');
  }

  /** Opens a suggested sentence in the inspector and answers its "Checked before" hint (absent when none match). */
  async openSuggestion(text: string): Promise<Locator> {
    await this.page.getByTestId('draft-text').locator('[data-suggestion]', { hasText: text }).click();
    return this.inspector.getByRole('note', { name: 'Checked before' });
  }

  async filterCheckedBefore(on: boolean): Promise<void> {
    const box = this.inspector.getByRole('search', { name: 'Filter claims' }).getByLabel('Checked before');
    if (on) await box.check();
    else await box.uncheck();
  }

  async openArticle(title: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: title }).first().click();
    await expect(this.page.getByTestId('draft-text')).toBeVisible();
  }
}
