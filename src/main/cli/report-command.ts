import { writeFile } from 'node:fs/promises';
import { REPORT_FORMATS, type ReportFormat } from '../../shared/report';
import { call } from '../core/call';
import { resolveDataDir } from '../core/data-dir';
import { openCore } from '../core/open-core';
import { parseCommand, UsageError, type CliIo } from './cli-io';

/** `factcheck report ARTICLE_ID --format html|pdf|md|csv|json|claimreview [--data DIR] [-o FILE]` */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'report',
    args,
    { format: { type: 'string' }, data: { type: 'string' }, output: { type: 'string', short: 'o' } },
    1,
  );
  const articleId = positionals[0];
  if (!articleId) throw new UsageError('report needs an article id: factcheck report ARTICLE_ID --format FORMAT');
  const format = values.format as ReportFormat | undefined;
  if (!format || !REPORT_FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}.`);
  }
  if (format === 'pdf' && !values.output) throw new UsageError('A PDF cannot go to the terminal: add -o FILE.pdf.');
  // Reports only read, so they do not need the writer's lock.
  const core = await openCore({ dataDir: resolveDataDir(values.data, io.env), resources: io.paths, lock: false });
  try {
    const file = await call(core.dispatch, 'reports.export', { articleId, format });
    if (values.output) {
      await writeFile(values.output, file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);
      io.stderr(`Wrote ${values.output}.`);
    } else {
      io.stdout(file.content.replace(/\n$/, ''));
    }
    return 0;
  } finally {
    await core.close();
  }
}
