import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { openCore } from './core/open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from './core/test-helpers';

async function cli(argv: string[], options: { rendererDir?: string; stop?: Promise<unknown> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env: {},
    paths: { rendererDir: options.rendererDir ?? '/nonexistent', ...TEST_RESOURCES },
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
    const core = await openCore({ dataDir: data, resources: TEST_RESOURCES });
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
    const holder = await openCore({ dataDir: data, resources: TEST_RESOURCES });
    const file = join(await tempDir(), 'a.txt');
    await writeFile(file, 'Text.');
    const result = await cli(['import', file, '--data', data]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/LOCKED: The data folder .* is in use by another Fact-Check Workbench/);
    await holder.close();
  });

  it('serve prints the address with a launch code first, warns of --token, then stops cleanly on the signal', async () => {
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
    expect(result.out[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#launch=[\w-]{32}$/);
    expect(result.out[0]).not.toContain('tok123');
    expect(result.err[0]).toMatch(/^Warning: a token given with --token is visible to every user/);
    expect((await snapshotDir(data))['.lock']).toBeUndefined();
  });

  it('compare prints a summary, or JSON with changes and carried claims', async () => {
    const dir = await tempDir();
    const oldFile = join(dir, 'v1.txt');
    const newFile = join(dir, 'v2.md');
    const claimsFile = join(dir, 'claims.json');
    const oldText = 'Turnout was 49 percent.\n\nThe vote was on Tuesday.\n\nCritics were unhappy.';
    await writeFile(oldFile, oldText);
    await writeFile(newFile, '# Vote\n\nThe vote was on Tuesday.\n\nTurnout was 38 percent.');
    const at = (quote: string): { start: number; end: number } => ({
      start: oldText.indexOf(quote),
      end: oldText.indexOf(quote) + quote.length,
    });
    await writeFile(
      claimsFile,
      JSON.stringify([
        { id: 'turnout', ...at('Turnout was 49 percent.') },
        { id: 'day', ...at('on Tuesday') },
        { id: 'critics', ...at('Critics were unhappy.') },
      ]),
    );
    const text = await cli(['compare', oldFile, newFile, '--claims', claimsFile]);
    expect(text.code).toBe(0);
    expect(text.out.join('\n')).toMatch(/numbers changed: 49 → 38/);
    expect(text.out.join('\n')).toMatch(/claims: 1 unchanged, 0 moved, 1 edited, 1 not found/);

    const json = await cli(['compare', oldFile, newFile, '--claims', claimsFile, '--json']);
    const result = JSON.parse(json.out.join('\n')) as {
      stats: { paragraphsMoved: number };
      changes: { op: string; old: [number, number]; new: [number, number] }[];
      claims: { id: string; state: string; start: number | null; end: number | null; confidence: number }[];
    };
    expect(Object.keys(result)).toEqual(['stats', 'changes', 'claims']);
    expect(result.changes.every((c) => ['equal', 'insert', 'delete', 'replace', 'move'].includes(c.op))).toBe(true);
    expect(result.claims).toEqual([
      expect.objectContaining({ id: 'turnout', state: 'edited' }),
      expect.objectContaining({ id: 'day', state: 'current', confidence: 1 }),
      { id: 'critics', state: 'orphaned', start: null, end: null, confidence: 0 },
    ]);

    const badClaims = join(dir, 'bad.json');
    await writeFile(badClaims, JSON.stringify([{ id: 'x', start: 5, end: 999 }]));
    const refused = await cli(['compare', oldFile, newFile, '--claims', badClaims]);
    expect(refused.code).toBe(2);
    expect(refused.err[0]).toMatch(/Claim x \(5–999\) is not a span of OLD/);
    expect((await cli(['compare', oldFile])).code).toBe(2);
  });

  it('report exports an article in the chosen format, to stdout or a file', async () => {
    const data = await tempDir();
    const file = join(await tempDir(), 'draft.md');
    await writeFile(file, '# Ferry fares rise\n\nFares went up 12 percent in May.');
    const id = (await cli(['import', file, '--data', data])).out[0]!;
    const md = await cli(['report', id, '--format', 'md', '--data', data]);
    expect(md.code).toBe(0);
    expect(md.out.join('\n')).toMatch(/^# Ferry fares rise/);
    const out = join(await tempDir(), 'report.html');
    const html = await cli(['report', id, '--format', 'html', '--data', data, '-o', out]);
    expect(html).toMatchObject({ code: 0, out: [] });
    expect(await readFile(out, 'utf8')).toMatch(/^<!doctype html>/);
    expect((await cli(['report', id, '--format', 'docx', '--data', data])).err[0]).toMatch(/--format must be one of/);
    expect((await cli(['report', id, '--format', 'pdf', '--data', data])).code).toBe(2);
    const missing = await cli(['report', 'anope', '--format', 'md', '--data', data]);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/NOT_FOUND/);
  });

  it('suggest lists check-worthy sentences, or every sentence as JSON with offsets', async () => {
    const file = join(await tempDir(), 'draft.txt');
    const text = 'Fares rose 12 percent in May, the transit agency said.\n\nThank you for reading!';
    await writeFile(file, text);
    const plain = await cli(['suggest', file]);
    expect(plain.code).toBe(0);
    expect(plain.out.join('\n')).toMatch(/^0\.\d\d {2}Statistic +Fares rose 12 percent/);
    expect(plain.out.join('\n')).not.toContain('Thank you');
    const all = await cli(['suggest', file, '--json', '--all']);
    const rows = JSON.parse(all.out.join('\n')) as {
      start: number;
      end: number;
      text: string;
      score: number;
      kind: string;
      checkworthy: boolean;
    }[];
    expect(rows.map((r) => [r.text, r.checkworthy])).toEqual([
      ['Fares rose 12 percent in May, the transit agency said.', true],
      ['Thank you for reading!', false],
    ]);
    for (const r of rows) {
      expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(Object.keys(r)).toEqual(['start', 'end', 'text', 'score', 'kind', 'checkworthy']);
    }
  });
});
