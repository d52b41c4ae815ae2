import type { Locator, Page } from '@playwright/test';

/** The inspector's "as it was made" fields: who made the claim, where it appeared, when. */
export class ClaimMadePage {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('group', { name: 'The claim as it was made' });
  }

  field(label: 'Made by' | 'Made on' | 'Appeared at (web address)' | 'or in (publication)' | 'Appeared on'): Locator {
    return this.section.getByLabel(label, { exact: true });
  }

  claimantType(): Locator {
    return this.section.getByLabel('Claimant is a');
  }

  /** Types into a field and leaves it, which saves it. */
  async fill(label: Parameters<ClaimMadePage['field']>[0], value: string): Promise<void> {
    await this.field(label).fill(value);
    await this.field(label).blur();
  }
}
