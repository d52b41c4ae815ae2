import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../core/call';
import { openCore } from '../core/open-core';
import { snapshotDir, tempDir, TEST_RESOURCES } from '../core/test-helpers';
import { runFactcheck } from './cli-process';

const V1 = '# Ferry fares rise\n\nFares went up 12 percent in May.\n\nThe agency blamed the price of fuel.';
const V2 = '# Ferry fares rise\n\nFares went up 14 percent in May.\n\nRiders protested at the terminal on Friday.';

/** The stored data, without the snapshots that opening a data folder may take. */
async function stored(data: string): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await snapshotDir(data)).filter(([path]) => !path.startsWith('backups')));
}

/** A data folder with the article of V1 and two claims on it, made through the core. */
async function libraryWithClaims(): Promise<{ data: string; dir: string; id: string }> {
  const [data, dir] = [await tempDir(), await tempDir()];
  await writeFile(join(dir, 'v1.md'), V1);
  await writeFile(join(dir, 'v2.md'), V2);
  const imported = await runFactcheck(['import', join(dir, 'v1.md'), '--data', data]);
  const id = imported.stdout.trim();
  const core = await openCore({ dataDir: data, resources: TEST_RESOURCES });
  const text = (await call(core.dispatch, 'articles.get', { id })).versions[0]!.text;
  for (const quote of ['Fares went up 12 percent in May.', 'The agency blamed the price of fuel.']) {
    const start = text.indexOf(quote);
    await call(core.dispatch, 'claims.create', { articleId: id, start, end: start + quote.length });
  }
  await core.close();
  return { data, dir, id };
}

// Each real process starts the CLI from source: seconds, more on a busy machine.
describe('factcheck version', { timeout: 60_000 }, () => {
  it('adds a version from a file and prints its number and how each claim fared', async () => {
    const { data, dir, id } = await libraryWithClaims();
    const run = await runFactcheck(['version', id, join(dir, 'v2.md'), '--label', 'desk edit', '--data', data]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Version 2 of “Ferry fares rise” (${id}) added.`);
    expect(lines[1]).toBe('Claims: 0 unchanged, 0 moved, 1 edited, 1 not found');
    expect(lines[2]).toMatch(/^ {2}#1 +Edited +Unchecked +Fares went up 14 percent in May\.$/);
    expect(lines[3]).toMatch(/^ {2}#2 +Not found /);
  });

  it('prints JSON with the anchor states as scripts know them', async () => {
    const { data, dir, id } = await libraryWithClaims();
    const run = await runFactcheck(['version', id, join(dir, 'v2.md'), '--data', data, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { version: number; carried: object; claims: { anchorState: string }[] };
    expect(result.version).toBe(2);
    expect(result.carried).toEqual({ current: 0, moved: 0, edited: 1, orphaned: 1 });
    expect(result.claims.map((c) => c.anchorState)).toEqual(['edited', 'orphaned']);
  });

  it('refuses an unknown article or a missing file, storing nothing', async () => {
    const { data, dir } = await libraryWithClaims();
    const before = await stored(data);
    const unknown = await runFactcheck(['version', 'anope', join(dir, 'v2.md'), '--data', data]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^factcheck: NOT_FOUND: /);
    const missing = await runFactcheck(['version', 'anope', '--data', data]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/version needs an article id and a file/);
    expect(await stored(data)).toEqual(before);
  });
});
