import { expect, type Locator, type Page } from '@playwright/test';

/** What a long comparison's column had drawn when a jump was made at its first paint, and after it. */
export interface EarlyJump {
  drawnBefore: number;
  drawnAfter: number;
  blocks: number;
  /** The jump's target was inside the column's visible part right after the click. */
  landed: boolean;
}

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

  /** Waits until a column (or the change list) has drawn everything: it is no longer busy. */
  async allDrawn(within: Locator): Promise<void> {
    await expect(within).toHaveAttribute('aria-busy', 'false');
  }

  /** The last entry of the change list, once the list is drawn whole. */
  async lastEntry(): Promise<Locator> {
    await this.allDrawn(this.changes);
    return this.entries().last().getByRole('button');
  }

  /**
   * Whether an element is inside the visible part of its scrolling column now (no waiting), after
   * two more frames: a jump must land and stay, not drift away while the page settles.
   */
  async staysInView(target: Locator): Promise<boolean> {
    await target.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    return target.evaluate((el) => {
      const column = el.closest('.diff-text')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return box.bottom > column.top && box.top < column.bottom && box.height > 0;
    });
  }

  /**
   * Opens a view of the comparison with `open` and, at the very first paint of the column
   * `columnTestId`, before its batches are drawn, clicks `clickSelector` (an entry of the change
   * list or a move marker) in the page, then checks that the last element matching
   * `targetSelector` in that column is in its visible part.
   */
  async jumpAtFirstPaint(
    open: () => Promise<void>,
    columnTestId: string,
    clickSelector: string,
    targetSelector: string,
  ): Promise<EarlyJump> {
    await this.page.evaluate(
      ({ columnTestId, clickSelector, targetSelector }) => {
        (window as unknown as { earlyJump: Promise<EarlyJump> }).earlyJump = new Promise<EarlyJump>(
          (resolve, reject) => {
            const observer = new MutationObserver(() => {
              const column = document.querySelector<HTMLElement>(`[data-testid="${columnTestId}"]`);
              const trigger = document.querySelector<HTMLElement>(clickSelector);
              if (!column || !trigger) return;
              observer.disconnect();
              const drawnBefore = Number(column.dataset.drawn);
              trigger.click();
              const targets = column.querySelectorAll(targetSelector);
              const box = targets[targets.length - 1]?.getBoundingClientRect();
              const view = column.getBoundingClientRect();
              resolve({
                drawnBefore,
                drawnAfter: Number(column.dataset.drawn),
                blocks: Number(column.dataset.blocks),
                landed: !!box && box.height > 0 && box.bottom > view.top && box.top < view.bottom,
              });
            });
            observer.observe(document.body, { childList: true, subtree: true });
            setTimeout(() => reject(new Error(`${clickSelector} never showed with ${columnTestId}`)), 20_000);
          },
        );
      },
      { columnTestId, clickSelector, targetSelector },
    );
    await open();
    return this.page.evaluate(() => (window as unknown as { earlyJump: Promise<EarlyJump> }).earlyJump);
  }

  /** The wording diff of the open claim, in the inspector. */
  wordingChange(inspector: Locator): Locator {
    return inspector.getByRole('figure', { name: 'Wording change' });
  }
}
