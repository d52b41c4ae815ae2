import { resolveDataDir } from '../core/data-dir';
import { openCore } from '../core/open-core';
import { fileSecretStore } from '../core/sync/file-secret-store';
import type { SyncConflict } from '../../shared/sync';
import { parseCommand, UsageError, type CliIo } from './cli-io';
import { syncRemoteFrom } from './sync-remote';

function describeConflict(conflict: SyncConflict): string {
  const values = conflict.values
    .map((v) => `“${v.value}” (${[v.by, v.machine, v.at].filter(Boolean).join(', ')})`)
    .join(' / ');
  const where = conflict.claimId ? `claim ${conflict.claimId}` : `article ${conflict.articleId}`;
  return `  ${conflict.id}  ${conflict.articleTitle ?? conflict.articleId}, ${where}, ${conflict.field}: ${values}`;
}

/**
 * `factcheck sync`: one push-and-pull with the desk's hub, then exits, printing what moved and the
 * conflicts. Exit code 1 when the hub could not be reached or refused (nothing local is lost then).
 */
export async function syncCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(
    'sync',
    args,
    {
      data: { type: 'string' },
      remote: { type: 'string' },
      user: { type: 'string' },
      fingerprint: { type: 'string' },
      json: { type: 'boolean' },
    },
    0,
  );
  const remote = syncRemoteFrom({ url: values.remote, user: values.user, fingerprint: values.fingerprint }, io.env);
  if (!remote) throw new UsageError('--remote URL is missing (or set FACTCHECK_SYNC_URL).');
  const dataDir = resolveDataDir(values.data, io.env);
  const core = await openCore({
    dataDir,
    resources: { ...io.paths, secrets: fileSecretStore(dataDir) },
    syncRemote: remote,
    syncLive: false,
  });
  try {
    const report = await core.sync!.round();
    if (values.json) io.stdout(JSON.stringify(report, null, 2));
    else {
      io.stdout(
        `Sent ${report.pushed} and received ${report.pulled} documents (${report.exported} local changes out, ${report.imported} from the desk in).`,
      );
      io.stdout(report.conflicts.length ? `Conflicts to resolve: ${report.conflicts.length}` : 'No conflicts.');
      for (const conflict of report.conflicts) io.stdout(describeConflict(conflict));
    }
    const { state, error } = report.status;
    if (state === 'error' || state === 'offline') {
      io.stderr(`factcheck: ${error ?? 'The sync did not finish.'}`);
      return 1;
    }
    return 0;
  } finally {
    await core.close();
  }
}
