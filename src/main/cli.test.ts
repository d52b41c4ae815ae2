import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { openCore } from './core/open-core';
import { SAMPLES_DIR, snapshotDir, tempDir } from './core/test-helpers';

async function cli(argv: string[], options: { rendererDir?: string; stop?: Promise<unknown> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env: {},
    paths: { rendererDir: options.rendererDir ?? '/nonexistent', samplesDir: SAMPLES_DIR },
    stopSignal: options.stop ?? Promise.resolve(),
  });
  return { code, out, err };
}

describe('factcheck CLI', () => {
  it('imports a file, printing the id, and lists it as text and JSON', async () => {
    const data = await tempDir();
    const file = join(await tempDir(), 'draft.md');
    await writeFile(file, '# Ferry fares rise\n\nFares went up 12 percent in May.');
    const imported = await cli(['import', file, '--data', data]);
    expect(imported).toMatchObject({ code: 0, err: [] });
    expect(imported.out).toEqual([expect.stringMatching(/^a[0-9a-z]{12}$/)]);
    const listed = await cli(['list', '--data', data]);
    expect(listed.out.join('\n')).toContain('Ferry fares rise');
    const json = await cli(['list', '--data', data, '--json']);
    expect(JSON.parse(json.out.join('\n'))).toEqual([
      expect.objectContaining({ id: imported.out[0], title: 'Ferry fares rise', claimCount: 0 }),
    ]);
    const titled = await cli(['import', file, '--data', data, '--title', 'Fares']);
    expect(titled.code).toBe(0);
    expect((await cli(['list', '--data', data, '--json'])).out.join('')).toContain('"title": "Fares"');
  });

  it('exits 2 with one clear line for usage errors', async () => {
    const data = await tempDir();
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /Unknown command "frobnicate"/],
      [['import'], /import needs a file/],
      [['import', join(data, 'missing.txt'), '--data', data], /No such file/],
      [['list', '--colour'], /Unknown option '--colour'/],
      [['serve', '--port', 'high'], /--port must be a whole number/],
      [['list', 'extra'], /Unexpected argument "extra"/],
    ];
    for (const [argv, message] of cases) {
      const result = await cli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(message);
    }
  });

  it('reports a refused import with its code (exit 1) and leaves the store as it was', async () => {
    const data = await tempDir();
    const core = await openCore({ dataDir: data, samplesDir: SAMPLES_DIR });
    await core.close();
    const before = await snapshotDir(data);
    const file = join(await tempDir(), 'latin1.txt');
    await writeFile(file, Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    const result = await cli(['import', file, '--data', data]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/^factcheck: ENCODING: .* is not UTF-8 text/);
    expect(await snapshotDir(data)).toEqual(before);
  });

  it('refuses to write to a data folder that another process holds', async () => {
    const data = await tempDir();
    const holder = await openCore({ dataDir: data, samplesDir: SAMPLES_DIR });
    const file = join(await tempDir(), 'a.txt');
    await writeFile(file, 'Text.');
    const result = await cli(['import', file, '--data', data]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/CONFLICT: The data folder .* is in use by another Fact-Check Workbench/);
    await holder.close();
  });

  it('serve prints the URL with the token first, then stops cleanly on the signal', async () => {
    const data = await tempDir();
    const ui = await tempDir();
    await writeFile(join(ui, 'index.html'), '<!doctype html>');
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = cli(['serve', '--data', data, '--port', '0', '--token', 'tok123'], {
      rendererDir: ui,
      stop: stopped,
    });
    await expect.poll(async () => (await snapshotDir(data))['.lock']).toBeDefined();
    stop();
    const result = await running;
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=tok123$/);
    expect((await snapshotDir(data))['.lock']).toBeUndefined();
  });
});
