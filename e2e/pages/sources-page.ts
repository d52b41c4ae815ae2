import { expect, type Locator, type Page } from '@playwright/test';

/** The sources library screen: the list of sources and the selected one's details. */
export class SourcesPage {
  readonly screen: Locator;
  readonly list: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('region', { name: 'Sources library' });
    this.list = this.screen.getByRole('list', { name: 'Sources' });
    this.detail = this.screen.getByRole('region', { name: 'Source details' });
  }

  heading(): Locator {
    return this.detail.getByRole('heading', { level: 2 });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /^Sources library/ }).click();
    await expect(this.screen).toBeVisible();
  }

  row(title: string | RegExp): Locator {
    return this.list.getByRole('button', { name: title });
  }

  async select(title: string | RegExp): Promise<void> {
    await this.row(title).click();
    await expect(this.heading()).toHaveText(title);
  }

  async create(fields: { kind: string; title: string; url?: string }): Promise<void> {
    await this.screen.getByRole('button', { name: '+ New source' }).click();
    const form = this.screen.getByRole('form', { name: 'New source' });
    await form.getByLabel('Kind').selectOption({ label: fields.kind });
    await form.getByLabel('Title').fill(fields.title);
    if (fields.url) await form.getByLabel('URL').fill(fields.url);
    await form.getByRole('button', { name: 'Save source' }).click();
    await expect(this.heading()).toHaveText(fields.title);
  }

  async attach(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.screen.getByRole('button', { name: 'Attach a file…' }).click();
    await (await chooser).setFiles(file);
    await expect(this.files()).toContainText(file.name);
  }

  files(): Locator {
    return this.screen.getByRole('region', { name: 'Files' });
  }

  /** Types words into "Find in sources" (the search over the attached files' text). */
  async find(words: string): Promise<void> {
    await this.screen.getByRole('searchbox', { name: 'Find in sources' }).fill(words);
  }

  /** The places "Find in sources" lists. */
  found(): Locator {
    return this.screen.getByRole('list', { name: 'Found in sources' }).getByRole('button');
  }

  /** The files list's row for one attached file (with its text state). */
  fileRow(fileName: string): Locator {
    return this.files().getByRole('listitem').filter({ hasText: fileName });
  }

  citedBy(): Locator {
    return this.screen.getByRole('region', { name: 'Cited by' });
  }

  /** Ticks the named look-alikes of the selected source and merges them into it, confirming the question. */
  async mergeDuplicates(titles: string[]): Promise<void> {
    const merge = this.detail.getByRole('region', { name: 'Merge' });
    for (const title of titles) await merge.getByRole('checkbox', { name: new RegExp(escapeRegExp(title)) }).check();
    this.page.once('dialog', (dialog) => void dialog.accept());
    await merge.getByRole('button', { name: 'Merge into this source' }).click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
