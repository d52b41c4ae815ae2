import type { Locator, Page } from '@playwright/test';

/** What the inspector says about the open claim's evidence against the sources' documents. */
export class EvidenceChecksPage {
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.inspector = page.getByRole('complementary', { name: 'Claims' });
  }

  /** The evidence item citing the excerpt that starts with `words`. */
  evidence(words: string): Locator {
    return this.inspector.locator('.evidence-item').filter({ hasText: words });
  }

  /** The finding shown under that evidence: found word for word, with differences, or not. */
  finding(words: string): Locator {
    return this.evidence(words).locator('.source-finding');
  }

  quoteCheck(): Locator {
    return this.inspector.getByRole('status', { name: 'Quote check' });
  }

  /** Prints pages of HTML to a PDF with this browser, so the test knows what is on which page. */
  async printPdf(pages: string[]): Promise<Buffer> {
    const printer = await this.page.context().newPage();
    try {
      const body = pages.map((p) => `<section style="break-after: page">${p}</section>`).join('');
      await printer.setContent(`<!doctype html><html><body style="font: 12pt serif">${body}</body></html>`);
      return await printer.pdf({ format: 'A4' });
    } finally {
      await printer.close();
    }
  }
}
