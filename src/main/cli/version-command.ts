import { ANCHOR_LABELS, describeCarried, STATUS_LABELS } from '../../shared/labels';
import { call } from '../core/call';
import { resolveDataDir } from '../core/data-dir';
import { openCore } from '../core/open-core';
import { parseCommand, readDraftFile, UsageError, type CliIo } from './cli-io';

const USAGE = 'version needs an article id and a file: factcheck version ARTICLE_ID FILE';

/** `factcheck version ARTICLE_ID FILE [--label L] [--data DIR] [--json]` */
export async function versionCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'version',
    args,
    { data: { type: 'string' }, label: { type: 'string' }, json: { type: 'boolean' } },
    2,
  );
  const [articleId, file] = positionals;
  if (!articleId) throw new UsageError(USAGE);
  const { fileName, bytes } = await readDraftFile(file, USAGE);
  const core = await openCore({ dataDir: resolveDataDir(values.data, io.env), resources: io.paths });
  try {
    const { article, carried } = await call(core.dispatch, 'versions.import', {
      articleId,
      fileName,
      dataBase64: bytes.toString('base64'),
      ...(values.label ? { label: values.label } : {}),
    });
    const n = article.versions.length;
    const claims = article.claims.map((c, i) => ({
      n: i + 1,
      id: c.id,
      anchorState: c.anchorState,
      status: c.status,
      quote: c.anchor.exact,
    }));
    if (values.json) {
      io.stdout(JSON.stringify({ articleId: article.id, version: n, carried, claims }, null, 2));
      return 0;
    }
    io.stdout(`Version ${n} of “${article.title}” (${article.id}) added.`);
    io.stdout(`Claims: ${claims.length === 0 ? 'none yet' : describeCarried(carried)}`);
    for (const c of claims) {
      const quote = c.quote.length > 60 ? `${c.quote.slice(0, 59)}…` : c.quote;
      io.stdout(
        `  #${String(c.n).padEnd(3)} ${ANCHOR_LABELS[c.anchorState].padEnd(9)}  ${STATUS_LABELS[c.status].padEnd(14)}  ${quote}`,
      );
    }
    return 0;
  } finally {
    await core.close();
  }
}
