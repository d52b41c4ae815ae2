import type PouchDB from 'pouchdb-node';
import type { Connection } from './connection-file';
import { checkDeskDatabase, openRemote } from './remote';

/** CouchDB's refusals as PouchDB's `info()` hands them back (as an answer, not an error). */
const REFUSALS: Record<string, number> = { unauthorized: 401, forbidden: 403, not_found: 404 };

/** The desk's database answered, and as one: a refusal keeps its status (for the sentence); anything else is not a hub. */
async function confirmDesk(remote: PouchDB.Database): Promise<void> {
  const { error } = (await remote.info()) as { error?: unknown };
  const status = typeof error === 'string' ? REFUSALS[error] : undefined;
  if (status) throw Object.assign(new Error('The hub refused the request.'), { status });
  await checkDeskDatabase(remote);
}

/**
 * PouchDB 9's replicator asks the source for its info, for progress figures only, and leaves a
 * failure of that request unhandled, which ends a Node process when the hub goes away at that moment.
 * The replication's own requests fail too and are reported; this one answers with empty figures.
 */
function withQuietInfo(remote: PouchDB.Database): PouchDB.Database {
  const info = remote.info.bind(remote);
  remote.info = () => info().catch(() => ({ db_name: remote.name, update_seq: 0, doc_count: 0 }));
  return remote;
}

/** The desk's database on its hub, signed in, once it answered as a CouchDB database does. */
export async function openDeskDatabase(
  connection: Connection,
  password: string | undefined,
): Promise<PouchDB.Database> {
  const { url, user, fingerprint } = connection;
  const remote = openRemote({
    url,
    ...(user ? { user } : {}),
    ...(password !== undefined ? { password } : {}),
    ...(fingerprint ? { fingerprint } : {}),
  });
  await confirmDesk(remote);
  return withQuietInfo(remote);
}
