import { suggestClaims } from '../core/domain/suggest/suggest';
import { importDraft } from '../core/import/import-draft';
import { KIND_LABELS } from '../../shared/labels';
import { parseCommand, readDraftFile, type CliIo } from './cli-io';

/** `factcheck suggest FILE [--json] [--all]` */
export async function suggestCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'suggest',
    args,
    { json: { type: 'boolean' }, all: { type: 'boolean' } },
    1,
  );
  const { fileName, bytes } = await readDraftFile(positionals[0], 'suggest needs a file: factcheck suggest FILE');
  const { text } = await importDraft(fileName, bytes);
  const sentences = suggestClaims(text).filter((s) => values.all || s.checkworthy);
  if (values.json) {
    const rows = sentences.map(({ start, end, text: sentence, score, kind, checkworthy }) => ({
      start,
      end,
      text: sentence,
      score,
      kind,
      checkworthy,
    }));
    io.stdout(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (sentences.length === 0) io.stdout('No check-worthy sentences found.');
  for (const s of sentences) {
    io.stdout(`${s.score.toFixed(2)}  ${KIND_LABELS[s.kind].padEnd(13)}  ${s.text}`);
    io.stdout(`${' '.repeat(21)}(${s.reason})`);
  }
  return 0;
}
