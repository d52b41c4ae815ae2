import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { snapshotDir, tempDir, TEST_RESOURCES } from '../core/test-helpers';
import { runFactcheck, type CliRun } from './cli-process';

/** The same command in this process: for the long tables, where a process each would take minutes. */
async function inProcess(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (line) => out.push(`${line}\n`),
    stderr: (line) => err.push(`${line}\n`),
    env: {},
    paths: { rendererDir: '/nonexistent', ...TEST_RESOURCES },
    stopSignal: Promise.resolve(),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function stored(data: string): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await snapshotDir(data)).filter(([path]) => !path.startsWith('backups')));
}

// Each real process starts the CLI from source: seconds, more on a busy machine.
describe('factcheck settings', { timeout: 60_000 }, () => {
  it('sets what a ClaimReview export needs, so that it works without the app', async () => {
    const [data, dir] = [await tempDir(), await tempDir()];
    await writeFile(join(dir, 'fares.md'), '# Ferry fares rise\n\nFares went up 12 percent in May.');
    const id = (await runFactcheck(['import', join(dir, 'fares.md'), '--data', data])).stdout.trim();
    const refused = await runFactcheck(['report', id, '--format', 'claimreview', '--data', data]);
    expect(refused.code).toBe(1);

    for (const [key, value] of [
      ['claimReview.organizationName', 'Harbor Desk'],
      ['claimReview.url', 'https://desk.example/checks/fares'],
    ]) {
      const set = await runFactcheck(['settings', 'set', key!, value!, '--data', data]);
      expect(set).toMatchObject({ code: 0, stdout: `${key} = ${value}\n`, stderr: '' });
    }
    const exported = await runFactcheck(['report', id, '--format', 'claimreview', '--data', data]);
    expect(exported).toMatchObject({ code: 0, stdout: '[]\n' });
    const all = JSON.parse((await runFactcheck(['settings', 'get', '--json', '--data', data])).stdout) as Record<
      string,
      unknown
    >;
    expect(all).toMatchObject({
      'claimReview.organizationName': 'Harbor Desk',
      'claimReview.bestRating': 5,
      'claimReview.verdicts.verified.label': 'True',
    });
  });

  it('changes one setting of each kind and keeps the rest', async () => {
    const data = await tempDir();
    const cases: [string, string, string][] = [
      ['editorName', 'Ana Ruiz', 'Ana Ruiz'],
      ['importLimitMb', '40', '40'],
      ['deskLearning', 'on', 'true'],
      ['claimReview.worstRating', '0', '0'],
      ['claimReview.verdicts.disputed.label', 'Half true', 'Half true'],
      ['claimReview.verdicts.disputed.rating', '2', '2'],
      ['claimReview.verdicts.unverifiable.label', '', ''],
    ];
    for (const [key, value, shown] of cases) {
      expect((await inProcess(['settings', 'set', key, value, '--data', data])).code, key).toBe(0);
      expect((await inProcess(['settings', 'get', key, '--data', data])).stdout, key).toBe(`${shown}\n`);
    }
    const text = (await runFactcheck(['settings', 'get', '--data', data])).stdout;
    expect(text).toContain('claimReview.verdicts.verified.label = True\n');
    expect(text).toContain('claimReview.verdicts.disputed.label = Half true\n');
    expect(text).toContain('claimReview.bestRating = 5\n');
  });

  it('refuses a bad key or value with a code and a sentence, storing nothing', async () => {
    const data = await tempDir();
    await inProcess(['settings', 'set', 'editorName', 'Ana', '--data', data]);
    const before = await stored(data);
    const cases: [string[], RegExp][] = [
      [
        ['claimReview.organisation', 'X'],
        /^factcheck: INVALID_INPUT: There is no setting called “claimReview.organisation”\./,
      ],
      [['claimReview.url', 'ftp://desk'], /^factcheck: INVALID_INPUT: claimReview.url must be a web address/],
      [['importLimitMb', 'lots'], /^factcheck: INVALID_INPUT: importLimitMb must be a whole number, not “lots”\./],
      [['importLimitMb', '0'], /^factcheck: INVALID_INPUT: importLimitMb must be at least 1\./],
      [['deskLearning', 'maybe'], /^factcheck: INVALID_INPUT: deskLearning must be true or false/],
      [
        ['claimReview.bestRating', '1'],
        /^factcheck: INVALID_INPUT: The worst rating \(1\) must be below the best rating \(1\)\./,
      ],
      [
        ['claimReview.verdicts.verified.rating', '9'],
        /^factcheck: INVALID_INPUT: The rating for “Verified” \(9\) is outside the scale 1–5\./,
      ],
      [['editorName', ''], /^factcheck: INVALID_INPUT: editorName must not be empty\./],
    ];
    for (const [args, message] of cases) {
      const run = await inProcess(['settings', 'set', ...args, '--data', data]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
    }
    const real = await runFactcheck(['settings', 'set', 'claimReview.url', 'desk.example', '--data', data]);
    expect(real).toMatchObject({ code: 1, stdout: '' });
    expect(real.stderr).toMatch(/^factcheck: INVALID_INPUT: claimReview.url must be a web address/);
    expect((await inProcess(['settings', 'get', 'nope', '--data', data])).code).toBe(1);
    expect((await inProcess(['settings', 'set', 'editorName', '--data', data])).code).toBe(2);
    expect(await stored(data)).toEqual(before);
  });
});
