import { join } from 'node:path';
import { resolveDataDir } from '../core/data-dir';
import { startHub } from '../hub/start-hub';
import { parseCommand, UsageError, type CliIo } from './cli-io';

/** `factcheck hub`: the desk's CouchDB-compatible hub on this machine, until Ctrl+C or SIGTERM. */
export async function hubCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommand('hub', args, { data: { type: 'string' }, port: { type: 'string' } }, 0);
  const port = values.port === undefined ? 5984 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const dataDir = join(resolveDataDir(values.data, io.env), 'hub');
  const hub = await startHub({ dataDir, port });
  io.stdout(hub.url);
  io.stderr(`The desk's hub is running on ${hub.url} with its data in ${dataDir}. Press Ctrl+C to stop.`);
  await io.stopSignal;
  await hub.close();
  io.stderr('Stopped.');
  return 0;
}
