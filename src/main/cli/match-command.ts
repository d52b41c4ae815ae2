import { describeReason } from '../../shared/matching';
import { matchClaim } from '../core/matching/match-claim';
import { buildMatchIndex } from '../core/matching/match-index';
import { parseCommand, UsageError, type CliIo } from './cli-io';
import { readArchive, readQueries } from './match-files';

const TOP_MAX = 100;

const shorten = (text: string, length: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
};

/** `factcheck match ARCHIVE QUERIES [--top K] [--json]` */
export async function matchCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'match',
    args,
    { top: { type: 'string' }, json: { type: 'boolean' } },
    2,
  );
  const [archivePath, queriesPath] = positionals;
  if (!archivePath || !queriesPath) {
    throw new UsageError('match needs an archive and the claims to match: factcheck match ARCHIVE QUERIES is missing.');
  }
  const top = values.top === undefined ? 5 : Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > TOP_MAX) {
    throw new UsageError(`--top must be a whole number from 1 to ${TOP_MAX}.`);
  }
  const archive = await readArchive(archivePath);
  const queries = await readQueries(queriesPath);
  const index = buildMatchIndex(archive);
  const results = queries.map((query) => ({ id: query.id, matches: matchClaim(index, query.text, { top }) }));
  if (values.json) {
    io.stdout(JSON.stringify(results, null, 2));
    return 0;
  }
  const byId = new Map(archive.map((entry) => [entry.id, entry]));
  results.forEach(({ id, matches }, i) => {
    io.stdout(`${id}  ${shorten(queries[i]!.text, 100)}`);
    if (matches.length === 0) io.stdout('  no past fact-check shares a word with this claim');
    matches.forEach((match, rank) => {
      const entry = byId.get(match.id)!;
      const verdict = entry.verdict ? ` [${entry.verdict}]` : '';
      io.stdout(`  ${rank + 1}. ${match.score.toFixed(2)}  ${match.id}${verdict}  ${shorten(entry.text, 90)}`);
      const said = match.reasons.filter((r) => r.kind !== 'passage').map(describeReason);
      if (said.length > 0) io.stdout(`       ${said.join('; ')}`);
    });
  });
  return 0;
}
