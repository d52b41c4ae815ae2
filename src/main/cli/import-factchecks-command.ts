import type { PastCheckImportSummary } from '../../shared/past-checks';
import { call } from '../core/call';
import { resolveDataDir } from '../core/data-dir';
import { openCore } from '../core/open-core';
import { parseCommand, readDraftFile, type CliIo } from './cli-io';

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The summary as an editor reads it: one line of counts, then each item left out and why. */
export function describeImport(summary: PastCheckImportSummary): string[] {
  const counts = [
    `${summary.added.toLocaleString('en')} added`,
    plural(summary.duplicates, 'duplicate', 'duplicates'),
    `${summary.problems.length.toLocaleString('en')} left out`,
  ];
  return [`${summary.fileName}: ${counts.join(', ')}.`, ...summary.problems.map((p) => `  ${p.message}`)];
}

/** `factcheck import-factchecks FILE`: adds a file of past fact-checks to the archive. */
export async function importFactChecksCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'import-factchecks',
    args,
    { data: { type: 'string' }, json: { type: 'boolean' } },
    1,
  );
  const { fileName, bytes } = await readDraftFile(
    positionals[0],
    'import-factchecks needs a file: factcheck import-factchecks FILE',
  );
  const core = await openCore({ dataDir: resolveDataDir(values.data, io.env), resources: io.paths });
  try {
    const summary = await call(core.dispatch, 'pastChecks.import', { fileName, dataBase64: bytes.toString('base64') });
    for (const line of values.json ? [JSON.stringify(summary, null, 2)] : describeImport(summary)) io.stdout(line);
    return 0;
  } finally {
    await core.close();
  }
}
