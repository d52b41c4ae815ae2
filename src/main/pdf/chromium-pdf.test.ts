import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openCore } from '../core/open-core';
import { call } from '../core/call';
import { tempDir, TEST_RESOURCES } from '../core/test-helpers';
import { chromiumPrinter, findChromium, type LaunchOptions } from './chromium-pdf';

const PARAGRAPH = 'The council approved $38 million on Tuesday for the ferry, the director said in a statement.';
const TEXT = Array.from({ length: 60 }, (_, i) => `${i + 1}. ${PARAGRAPH}`).join('\n\n');

describe('chromiumPrinter', () => {
  const chromium = findChromium();
  it.runIf(chromium)(
    'prints a report to a PDF of a few pages with headless Chromium',
    { timeout: 60_000 },
    async () => {
      const core = await openCore({
        dataDir: await tempDir(),
        resources: { ...TEST_RESOURCES, printPdf: chromiumPrinter(chromium!) },
      });
      const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: TEXT });
      for (let i = 0; i < 6; i++) {
        const start = TEXT.indexOf(PARAGRAPH, i * 1000);
        const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start, end: start + 40 });
        await call(core.dispatch, 'claims.update', { claimId: claim.id, notes: `${PARAGRAPH}\n`.repeat(8) });
      }
      const pdf = await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'pdf' });
      expect(pdf).toMatchObject({ encoding: 'base64', mimeType: 'application/pdf' });
      const bytes = Buffer.from(pdf.content, 'base64');
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(12);
      await core.close();
    },
  );
});

/** A browser good enough for one print: one context, one page, a PDF of fixed bytes. */
function fakeBrowser(): Browser {
  const page = { setContent: async () => undefined, pdf: async () => Buffer.from('%PDF-1.7') };
  return {
    newContext: async () => ({ newPage: async () => page }),
    close: async () => undefined,
  } as unknown as Browser;
}

function recorder(failSandboxed = false) {
  const launches: LaunchOptions[] = [];
  const logs: string[] = [];
  const launch = async (options: LaunchOptions): Promise<Browser> => {
    launches.push(options);
    if (failSandboxed && options.chromiumSandbox) throw new Error('No usable sandbox!\nmore');
    return fakeBrowser();
  };
  return { launches, logs, launch, log: (m: string) => logs.push(m) };
}

describe('chromiumPrinter and the sandbox', () => {
  it('keeps Chromium’s sandbox for an ordinary user', async () => {
    const r = recorder();
    await chromiumPrinter('/usr/bin/chromium', r.launch, false, r.log)('<p>x</p>');
    expect(r.launches).toHaveLength(1);
    expect(r.launches[0]!.chromiumSandbox).toBe(true);
    expect(r.launches[0]!.args).not.toContain('--no-sandbox');
    expect(r.logs).toEqual([]);
  });

  it('runs without the sandbox as root, and says so once', async () => {
    const r = recorder();
    const print = chromiumPrinter('/usr/bin/chromium', r.launch, true, r.log);
    await print('<p>1</p>');
    await print('<p>2</p>');
    expect(r.launches.map((l) => l.chromiumSandbox)).toEqual([false, false]);
    expect(r.logs).toHaveLength(1);
    expect(r.logs[0]).toMatch(/without its sandbox.*root/);
  });

  it('falls back without the sandbox where the system cannot give one, and says why', async () => {
    const r = recorder(true);
    const pdf = await chromiumPrinter('/usr/bin/chromium', r.launch, false, r.log)('<p>x</p>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7');
    expect(r.launches.map((l) => l.chromiumSandbox)).toEqual([true, false]);
    expect(r.logs[0]).toContain('No usable sandbox!');
    expect(r.logs[0]).not.toContain('more');
  });
});
