import { call } from '../core/call';
import { resolveDataDir } from '../core/data-dir';
import { openCore } from '../core/open-core';
import { parseCommand, readDraftFile, type CliIo } from './cli-io';

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'import',
    args,
    { data: { type: 'string' }, title: { type: 'string' } },
    1,
  );
  const { fileName, bytes } = await readDraftFile(positionals[0], 'import needs a file: factcheck import FILE');
  const core = await openCore({ dataDir: resolveDataDir(values.data, io.env), resources: io.paths });
  try {
    const article = await call(core.dispatch, 'articles.import', {
      fileName,
      dataBase64: bytes.toString('base64'),
      ...(values.title ? { title: values.title } : {}),
    });
    io.stdout(article.id);
    return 0;
  } finally {
    await core.close();
  }
}
