import { call } from '../core/call';
import { resolveDataDir } from '../core/data-dir';
import { openCore } from '../core/open-core';
import { parseCommand, type CliIo } from './cli-io';

export async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommand('list', args, { data: { type: 'string' }, json: { type: 'boolean' } }, 0);
  // Listing only reads library.json, so it does not need the writer's lock.
  const core = await openCore({
    dataDir: resolveDataDir(values.data, io.env),
    resources: io.paths,
    lock: false,
  });
  const articles = await call(core.dispatch, 'articles.list', {});
  await core.close();
  if (values.json) {
    io.stdout(JSON.stringify(articles, null, 2));
  } else if (articles.length === 0) {
    io.stdout('No articles yet. Add one with: factcheck import FILE');
  } else {
    io.stdout(['ID'.padEnd(14), 'CLAIMS', 'VERIFIED', 'TITLE'].join('  '));
    for (const a of articles) {
      io.stdout(
        [a.id.padEnd(14), String(a.claimCount).padStart(6), String(a.verifiedCount).padStart(8), a.title].join('  '),
      );
    }
  }
  return 0;
}
