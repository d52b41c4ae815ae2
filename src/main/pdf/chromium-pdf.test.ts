import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPrinter, type LaunchOptions } from './chromium-pdf';

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

describe('chromiumPrinter', () => {
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
