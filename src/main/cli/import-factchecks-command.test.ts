import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotDir, tempDir } from '../core/test-helpers';
import { runFactcheck } from './cli-process';

const CSV = [
  'Claim,Rating,URL,Date,Claimant,Publisher',
  'Fares rose 12 percent,Mostly false,https://fc.example/1,2024-03-05,Jane Doe,Harbour Checks',
  'Tolls doubled,,https://fc.example/2,2024-03-06,,Harbour Checks',
  'Fares rose 12 percent,Mostly false,https://fc.example/1,2024-03-05,Jane Doe,Harbour Checks',
].join('\n');

/** The stored data, without the snapshots that opening a data folder may take. */
async function stored(data: string): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await snapshotDir(data)).filter(([path]) => !path.startsWith('backups')));
}

// Each real process starts the CLI from source: seconds, more on a busy machine.
describe('factcheck import-factchecks', { timeout: 60_000 }, () => {
  it('adds a file to the archive and prints what was added, the duplicates and each row left out', async () => {
    const [data, dir] = [await tempDir(), await tempDir()];
    await writeFile(join(dir, 'checks.csv'), CSV);
    const run = await runFactcheck(['import-factchecks', join(dir, 'checks.csv'), '--data', data]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.trim().split('\n')).toEqual([
      'checks.csv: 1 added, 1 duplicate, 1 left out.',
      '  Line 3 was left out: it has no rating.',
    ]);
    const archive = JSON.parse(await readFile(join(data, 'past-checks.json'), 'utf8')) as { items: unknown[] };
    expect(archive.items).toHaveLength(1);

    const again = await runFactcheck(['import-factchecks', join(dir, 'checks.csv'), '--data', data, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ read: 2, added: 0, duplicates: 2 });
  });

  it('refuses a broken file with its code, storing nothing; a missing file is a usage error', async () => {
    const [data, dir] = [await tempDir(), await tempDir()];
    await writeFile(join(dir, 'cut.json'), '[{"@type":"ClaimReview","claimReviewed":"x"');
    const run = await runFactcheck(['import-factchecks', join(dir, 'cut.json'), '--data', data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^factcheck: CORRUPT_FILE: cut\.json is not valid JSON/);
    expect(Object.keys(await stored(data))).not.toContain('past-checks.json');
    const missing = await runFactcheck(['import-factchecks', join(dir, 'nope.json'), '--data', data]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('No such file') });
  });
});
