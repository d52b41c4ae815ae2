import { startHub } from '../hub/start-hub';
import { parseCommand, UsageError, type CliIo } from './cli-io';
import { hubDataDir } from './hub-data-dir';

function parsePort(text: string | undefined, fallback: number): number {
  const port = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${text}".`);
  }
  return port;
}

/**
 * `factcheck hub`: the desk's CouchDB-compatible hub on this machine, until Ctrl+C or SIGTERM.
 * `factcheck hub user …` manages who may sign in to it.
 */
export async function hubCommand(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'user') return (await import('./hub-user-command')).hubUserCommand(args.slice(1), io);
  const { values } = parseCommand(
    'hub',
    args,
    { data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, tls: { type: 'boolean' } },
    0,
  );
  const port = parsePort(values.port, 5984);
  const dataDir = hubDataDir(values.data, io.env);
  // express-pouchdb and LevelDB create their files with the default modes: in this process, which
  // runs only the hub, they are made readable by their owner only.
  process.umask(0o077);
  const hub = await startHub({
    dataDir,
    port,
    ...(values.host ? { host: values.host } : {}),
    tls: values.tls ?? false,
  });
  io.stdout(hub.url);
  if (hub.fingerprint) io.stdout(hub.fingerprint);
  io.stderr(`The desk's hub is running on ${hub.url} with its data in ${dataDir}. Press Ctrl+C to stop.`);
  if (hub.fingerprint) {
    io.stderr(`Its certificate's SHA-256 fingerprint is ${hub.fingerprint}: each machine pins it when it connects.`);
  }
  io.stderr(
    hub.admin.created
      ? `The administrator "${hub.admin.name}" was created; the password is in ${hub.admin.passwordFile} (readable by you only).`
      : `The administrator is "${hub.admin.name}"; the password is in ${hub.admin.passwordFile}.`,
  );
  await io.stopSignal;
  await hub.close();
  io.stderr('Stopped.');
  return 0;
}
