import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-helpers';
import { runFactcheck } from './cli-process';

const ARCHIVE_JSONL = [
  { id: 'ferry', text: 'The ferry service carried 3,500,000 passengers in 2023.', verdict: 'True' },
  {
    id: 'bags',
    text: 'The city council voted to ban plastic bags.',
    title: 'Plastic bag ban',
    url: 'https://x.test/b',
  },
  { id: 7, text: 'The new stadium will seat 60,000 fans.' },
]
  .map((row) => JSON.stringify(row))
  .join('\n');

const ARCHIVE_TSV = [
  'vclaim_id\tvclaim\ttitle',
  'ferry\tThe ferry service carried 3,500,000 passengers in 2023.\tFerry record',
  'quote\t"The mayor said ""no more buses"" on Monday."\tDid the Mayor Say It?',
].join('\n');

async function files(entries: Record<string, string | Buffer>): Promise<(name: string) => string> {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(entries)) await writeFile(join(dir, name), content);
  return (name) => join(dir, name);
}

interface Result {
  id: string;
  matches: { id: string; score: number; reasons: { kind: string }[] }[];
}

// Each real process starts the CLI from source: seconds, more on a busy machine.
describe('factcheck match', { timeout: 60_000 }, () => {
  it('matches a .txt of claims against a JSON Lines archive and prints JSON, best first', async () => {
    const at = await files({
      'archive.jsonl': ARCHIVE_JSONL,
      'claims.txt': 'Ferry carried 3.5 million people in 2023\n\nCouncil bans plastic bags\n',
    });
    const run = await runFactcheck(['match', at('archive.jsonl'), at('claims.txt'), '--json', '--top', '2']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const results = JSON.parse(run.stdout) as Result[];
    expect(results.map((r) => r.id)).toEqual(['1', '3']);
    expect(results[0]!.matches[0]!.id).toBe('ferry');
    expect(results[0]!.matches[0]!.reasons[0]).toEqual({ kind: 'numbers', values: ['3,500,000', '2023'] });
    expect(results[1]!.matches.map((m) => m.id)).toEqual(['bags']);
    expect(results[0]!.matches.length).toBeLessThanOrEqual(2);
  });

  it('reads TSV archives and claims as the dataset writes them, and prints a readable list', async () => {
    const at = await files({
      'archive.tsv': ARCHIVE_TSV,
      'claims.tsv': 'tweet_id\ttweet_text\nt-1\tThe Mayor: "no more buses" https://t.co/x\n',
    });
    const run = await runFactcheck(['match', at('archive.tsv'), at('claims.tsv')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('t-1  The Mayor: "no more buses" https://t.co/x');
    expect(lines[1]).toMatch(/^ {2}1\. 0\.\d\d {2}quote {2}The mayor said "no more buses" on Monday\.$/);
    expect(lines[2]).toMatch(/key words: .*“buses”/);
  });

  it('refuses broken or unsupported files with a code and a sentence', async () => {
    const at = await files({
      'broken.jsonl': `${JSON.stringify({ id: 'a', text: 'A claim.' })}\n{"id": "b", "text": `,
      'twice.jsonl': `${JSON.stringify({ id: 'a', text: 'One.' })}\n${JSON.stringify({ id: 'a', text: 'Two.' })}`,
      'review.jsonld': '{"@type": "ClaimReview"}',
      'latin1.tsv': Buffer.from('id\tclaim\nx\tPe\xf1a won\n', 'latin1'),
      'claims.txt': 'A claim\n',
    });
    const cases: [string[], number, RegExp][] = [
      [[at('broken.jsonl'), at('claims.txt')], 1, /^factcheck: CORRUPT_FILE: .*broken\.jsonl, line 2, is not JSON\.$/],
      [[at('twice.jsonl'), at('claims.txt')], 1, /^factcheck: INVALID_INPUT: The id “a” is given twice\.$/],
      [[at('review.jsonld'), at('claims.txt')], 1, /^factcheck: UNSUPPORTED_FILE: .*ClaimReview files/],
      [[at('latin1.tsv'), at('claims.txt')], 1, /^factcheck: ENCODING: .*latin1\.tsv is not UTF-8 text\.$/],
      [[at('missing.jsonl'), at('claims.txt')], 2, /^factcheck: No such file: /],
      [[at('broken.jsonl')], 2, /match needs an archive and the claims to match/],
      [[at('twice.jsonl'), at('claims.txt'), '--top', '0'], 2, /--top must be a whole number from 1 to 100\./],
    ];
    for (const [args, code, message] of cases) {
      const run = await runFactcheck(['match', ...args]);
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code, stdout: '' });
      expect(run.stderr.trim()).toMatch(message);
    }
  });
});
