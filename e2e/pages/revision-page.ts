import { expect, type Locator, type Page } from '@playwright/test';

/** A revision under review: the new-version dialog, the comparison and the claim's changed wording. */
export class RevisionPage {
  readonly compare: Locator;
  readonly changes: Locator;
  readonly inline: Locator;
  readonly oldColumn: Locator;
  readonly newColumn: Locator;

  constructor(readonly page: Page) {
    this.compare = page.getByRole('main', { name: 'Compare versions' });
    this.changes = page.getByRole('navigation', { name: 'Changes' });
    this.inline = page.getByTestId('diff-inline');
    this.oldColumn = page.getByTestId('diff-old');
    this.newColumn = page.getByTestId('diff-new');
  }

  /** Types a label in "New version", then opens a file instead of pasting: the import preview follows. */
  async newVersionFromFile(label: string, file: { name: string; text: string }): Promise<Locator> {
    await this.page.getByRole('button', { name: '+ New version' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Label (optional)').fill(label);
    await dialog.locator('input[type=file]').setInputFiles({
      name: file.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(file.text),
    });
    const preview = this.page.getByRole('dialog', { name: `Import ${file.name}` });
    await expect(preview).toBeVisible();
    return preview;
  }

  async openCompare(): Promise<void> {
    await this.page.getByRole('button', { name: 'Compare versions' }).click();
    await expect(this.page.getByLabel('Change summary')).toContainText('words');
  }

  async sideBySide(): Promise<void> {
    await this.page.getByRole('button', { name: 'Side by side' }).click();
    await expect(this.newColumn).toBeVisible();
  }

  /** The change list's entries, as their visible text. */
  entries(): Locator {
    return this.changes.getByRole('listitem');
  }

  /** The paragraphs of a rendered comparison (inline or one column). */
  paragraphs(within: Locator): Locator {
    return within.locator('.diff-paragraph');
  }

  /** The marker that links a moved paragraph with the place it left, e.g. "moved from ¶ 1". */
  moveMarker(within: Locator, text: string | RegExp): Locator {
    return within.getByRole('link', { name: text });
  }

  /** The wording diff of the open claim, in the inspector. */
  wordingChange(inspector: Locator): Locator {
    return inspector.getByRole('figure', { name: 'Wording change' });
  }
}
