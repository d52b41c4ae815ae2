import { expect, type Locator, type Page } from '@playwright/test';

/** The workbench as an editor sees it: the three panes and what can be done in them. */
export class WorkbenchPage {
  readonly articles: Locator;
  readonly draft: Locator;
  readonly inspector: Locator;
  readonly highlights: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.articles = page.getByRole('navigation', { name: 'Articles' });
    this.draft = page.getByTestId('draft-text');
    this.inspector = page.getByRole('complementary', { name: 'Claims' });
    this.highlights = this.draft.locator('mark[data-claim]');
    this.notices = page.getByRole('region', { name: 'Notices' });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByText('Opening the workbench…')).toHaveCount(0);
  }

  async openSample(): Promise<void> {
    await this.page
      .getByRole('button', { name: /^Open sample:/ })
      .first()
      .click();
    await expect(this.draft).toBeVisible();
  }

  /** The open article's title above its draft. */
  draftTitle(): Locator {
    return this.page.locator('h1.draft-title');
  }

  /** The library overview's row for an article. */
  overviewRow(title: string): Locator {
    return this.page
      .getByRole('region', { name: 'Library overview' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  async showOverview(): Promise<void> {
    await this.articles.getByRole('button', { name: 'Overview', exact: true }).click();
    await expect(this.page.getByRole('region', { name: 'Library overview' })).toBeVisible();
  }

  articleItem(title: RegExp | string): Locator {
    return this.articles.getByRole('button', { name: title });
  }

  /**
   * Drags the mouse across `phrase` in the draft, as a person selects words. Suggestions arrive a
   * moment after the draft and redraw its text, which drops a selection made meanwhile: as a person
   * would, it selects again when the words are not selected after the drag.
   */
  async selectPhrase(phrase: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.dragAcross(phrase);
      const selected = await this.page.evaluate(() => window.getSelection()?.toString() ?? '');
      if (selected.includes(phrase)) return;
      await this.page.keyboard.press('Escape');
    }
    throw new Error(`"${phrase}" could not be selected in the draft`);
  }

  private async dragAcross(phrase: string): Promise<void> {
    const box = await this.draft.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        // The words must be on screen to be dragged across, clear of the bars above and below.
        node.parentElement!.scrollIntoView({ block: 'center' });
        const first = document.createRange();
        first.setStart(node, at);
        first.setEnd(node, at + 1);
        const last = document.createRange();
        last.setStart(node, at + wanted.length - 1);
        last.setEnd(node, at + wanted.length);
        const a = first.getBoundingClientRect();
        const b = last.getBoundingClientRect();
        return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
      }
      return null;
    }, phrase);
    if (!box) throw new Error(`"${phrase}" is not in the draft as one run of text`);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 });
    await this.page.mouse.up();
  }

  async tagWithButton(): Promise<void> {
    await this.tag(() => this.page.getByRole('button', { name: /Tag claim/ }).click());
  }

  async tagWithKey(): Promise<void> {
    await this.tag(() => this.page.keyboard.press('t'));
  }

  /** Tags the selection and waits until the inspector shows the new claim, as a person would. */
  private async tag(act: () => Promise<void>): Promise<void> {
    const selected = await this.page.evaluate(() => window.getSelection()?.toString().trim() ?? '');
    await act();
    await expect(this.claimQuote()).toHaveText(selected);
  }

  /** The open claim's words at the top of the inspector. */
  claimQuote(): Locator {
    return this.inspector.locator('blockquote.claim-quote');
  }

  highlight(text: string): Locator {
    return this.highlights.filter({ hasText: text });
  }

  async setKind(kind: string): Promise<void> {
    await this.inspector.getByLabel('Kind').selectOption({ label: kind });
  }

  async setStatus(label: string): Promise<void> {
    await this.inspector.getByRole('button', { name: label, exact: true }).click();
    await expect(this.inspector.getByRole('button', { name: label, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }

  /** Sets a status with the reason kept in the history (false and disputed need one, or a source). */
  async setStatusWithNote(label: string, note: string): Promise<void> {
    await this.inspector.getByLabel('Reason for the next change (optional)').fill(note);
    await this.setStatus(label);
  }

  /** Creates a source and links it as supporting the open claim: what Verified needs. */
  async supportWith(title: string, excerpt?: string): Promise<void> {
    await this.createSource({ kind: 'Document', title });
    await this.linkSource({ source: title, relation: 'Supports', ...(excerpt ? { excerpt } : {}) });
    await expect(this.evidence().filter({ hasText: title })).toHaveCount(1);
  }

  async createSource(fields: {
    kind: string;
    title: string;
    url?: string;
    publisher?: string;
    date?: string;
  }): Promise<void> {
    await this.inspector.getByRole('button', { name: '+ New source' }).click();
    const form = this.inspector.getByRole('form', { name: 'New source' });
    await form.getByLabel('Kind').selectOption({ label: fields.kind });
    await form.getByLabel('Title').fill(fields.title);
    if (fields.url) await form.getByLabel('URL').fill(fields.url);
    if (fields.publisher) await form.getByLabel('Publisher').fill(fields.publisher);
    if (fields.date) await form.getByLabel('Date').fill(fields.date);
    await form.getByRole('button', { name: 'Save source' }).click();
    await expect(form).toHaveCount(0);
  }

  async linkSource(fields: { source: string; relation: string; excerpt?: string; locator?: string }): Promise<void> {
    const form = this.inspector.getByRole('form', { name: 'Link a source' });
    await form.getByLabel('Source').selectOption({ label: fields.source });
    await form.getByLabel('Relation').selectOption({ label: fields.relation });
    if (fields.locator) await form.getByLabel(/^Where/).fill(fields.locator);
    if (fields.excerpt) await form.getByLabel('Excerpt').fill(fields.excerpt);
    await form.getByRole('button', { name: 'Link source' }).click();
  }

  /** Why the inspector refused the last status (the rules in the core). */
  statusRefusal(): Locator {
    return this.inspector.getByRole('alert');
  }

  /** Assigns the open claim to one of the desk's people (Settings → Desk lists them). */
  async setAssignee(name: string): Promise<void> {
    await this.inspector.getByLabel('Assignee').selectOption(name);
    await this.inspector.getByLabel('Assignee').blur();
    await expect(this.history()).toContainText(`→ ${name}`);
  }

  async setVerdict(label: string): Promise<void> {
    await this.inspector.getByLabel('Verdict label').fill(label);
    await this.inspector.getByLabel('Verdict label').blur();
  }

  async backToClaims(): Promise<void> {
    await this.inspector.getByRole('button', { name: '← All claims' }).click();
  }

  /** The claims list (when no claim is open), after its filters. */
  claimRows(): Locator {
    return this.inspector.getByRole('list', { name: 'Claims' }).getByRole('button');
  }

  /**
   * How the claims list's rows lie in the pane: the gaps or overlaps between rows that follow each
   * other (in pixels, with the claims they lie between), and the rows in view whose status dot cannot
   * be seen (not drawn, or covered by another row).
   */
  claimListLayout(): Promise<{ rows: number; gaps: string[]; dotsHidden: string[] }> {
    return this.inspector.evaluate((pane) => {
      const view = pane.getBoundingClientRect();
      // The pane's title sticks to its top, over the rows scrolled under it.
      const top = pane.querySelector('.pane-header')?.getBoundingClientRect().bottom ?? view.top;
      const rows = [...pane.querySelectorAll<HTMLElement>('li.claim-list-item')]
        .map((li) => ({ li, box: li.getBoundingClientRect(), name: li.textContent!.slice(0, 12) }))
        .sort((a, b) => a.box.top - b.box.top);
      const gaps = rows.slice(1).flatMap((row, i) => {
        const apart = Math.round(row.box.top - rows[i]!.box.bottom);
        return apart === 0 ? [] : [`${apart}px between “${rows[i]!.name}” and “${row.name}”`];
      });
      const inView = rows.filter((r) => r.box.top >= top && r.box.bottom <= view.bottom);
      const dotsHidden = inView.flatMap(({ li, name }) => {
        const dot = li.querySelector('.dot')?.getBoundingClientRect();
        if (!dot || dot.width === 0 || dot.height === 0) return [name];
        const seen = document.elementFromPoint(dot.left + dot.width / 2, dot.top + dot.height / 2);
        return seen?.classList.contains('dot') && li.contains(seen) ? [] : [name];
      });
      return { rows: inView.length, gaps, dotsHidden };
    });
  }

  async filterClaims(filter: { assignee?: string; status?: string; search?: string }): Promise<void> {
    const bar = this.inspector.getByRole('search', { name: 'Filter claims' });
    if (filter.assignee) await bar.getByLabel('Assignee').selectOption({ label: filter.assignee });
    if (filter.status) await bar.getByLabel('Status').selectOption({ label: filter.status });
    if (filter.search !== undefined) {
      await this.page.keyboard.press('/');
      await expect(bar.getByLabel('Search claims')).toBeFocused();
      await this.page.keyboard.type(filter.search);
    }
  }

  history(): Locator {
    return this.inspector.getByRole('list', { name: 'History' });
  }

  evidence(): Locator {
    return this.inspector.getByRole('region', { name: 'Evidence' }).getByRole('listitem');
  }

  async addVersion(label: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: '+ New version' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Label (optional)').fill(label);
    await dialog.getByLabel('Draft text').fill(text);
    await dialog.getByRole('button', { name: 'Add version' }).click();
    await expect(dialog).toHaveCount(0);
  }
}
