import { expect, type Locator, type Page } from '@playwright/test';

const LABEL_IDS: Record<'Hub address' | 'User name' | 'Password' | 'Hub certificate fingerprint (SHA-256)', string> = {
  'Hub address': 'url',
  'User name': 'user',
  Password: 'password',
  'Hub certificate fingerprint (SHA-256)': 'fingerprint',
};

/** The desk as an editor sees it: the sync bar, Settings → Desk, conflicts and people. */
export class DeskPage {
  readonly bar: Locator;
  readonly dialog: Locator;
  readonly inspector: Locator;
  readonly overview: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('contentinfo', { name: 'Desk sync' });
    this.dialog = page.getByRole('dialog', { name: 'Desk' });
    this.inspector = page.getByRole('complementary', { name: 'Claims' });
    this.overview = page.getByRole('region', { name: 'Library overview' });
  }

  /** The words of the sync state in the bar ("Sync off", "Synced", "3 changes waiting", …). */
  syncState(): Locator {
    return this.bar.locator('.sync-state');
  }

  conflictsButton(): Locator {
    return this.bar.getByRole('button', { name: /^!?\s*Conflicts: \d+/ });
  }

  /** Opens Settings → Desk from the bar: its "Set up" link while sync is off, else its state. */
  async openSettings(): Promise<void> {
    const setUp = this.bar.getByRole('button', { name: 'Set up a desk…' });
    await ((await setUp.isVisible()) ? setUp : this.syncState()).click();
    await expect(this.dialog).toBeVisible();
  }

  async connect(fields: { url: string; user?: string; password?: string; fingerprint?: string }): Promise<void> {
    await this.dialog.getByLabel('Hub address').fill(fields.url);
    if (fields.user !== undefined) await this.dialog.getByLabel('User name').fill(fields.user);
    if (fields.password !== undefined) await this.dialog.getByLabel('Password').fill(fields.password);
    if (fields.fingerprint !== undefined) {
      await this.dialog.getByLabel('Hub certificate fingerprint (SHA-256)').fill(fields.fingerprint);
    }
    await this.dialog.getByRole('button', { name: /^(Connect|Save and reconnect)$/ }).click();
  }

  /** The refusal or hint shown under a field of Settings → Desk (the field describes itself with it). */
  noteFor(label: keyof typeof LABEL_IDS): Locator {
    return this.dialog.locator(`#desk-${LABEL_IDS[label]}-note`);
  }

  /** The names on the desk's members list. */
  members(): Locator {
    return this.dialog.getByRole('list', { name: 'Desk members' }).locator('.member-name');
  }

  async addMember(name: string): Promise<void> {
    const form = this.dialog.getByRole('form', { name: 'Add a desk member' });
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Add' }).click();
    await expect(this.members().filter({ hasText: name })).toHaveCount(1);
  }

  async closeSettings(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  /** The names the open claim's Assignee offers, as shown. */
  async assigneeChoices(): Promise<string[]> {
    return this.inspector.getByLabel('Assignee').locator('option').allTextContents();
  }

  /** The open claim's conflict about one field ("Status", "Notes", …). */
  conflictPanel(field: string): Locator {
    return this.inspector.getByRole('region', { name: `Conflict: ${field}` });
  }

  /** Keeps one of the values shown (by its label, e.g. "Disputed") and resolves. */
  async resolve(field: string, keep: string): Promise<void> {
    const panel = this.conflictPanel(field);
    await panel.getByRole('radio', { name: new RegExp(`^${keep}`) }).check();
    await panel.getByRole('button', { name: 'Resolve' }).click();
    await expect(panel).toHaveCount(0);
  }

  /** A claim's row in the claims list (no claim open). */
  claimRow(quote: string): Locator {
    return this.inspector.getByRole('list', { name: 'Claims' }).getByRole('button').filter({ hasText: quote });
  }

  /** Whose work the library overview shows. */
  async showWorkOf(option: string): Promise<void> {
    await this.overview.getByRole('combobox', { name: 'Person' }).selectOption({ label: option });
  }

  overviewTitles(): Locator {
    return this.overview.getByRole('row').locator('.overview-title');
  }

  deskConflicts(): Locator {
    return this.overview.getByRole('region', { name: 'Conflicts' });
  }
}
