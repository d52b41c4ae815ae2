import { resolveDataDir } from '../core/data-dir';
import { fileSecretStore } from '../core/sync/file-secret-store';
import { serve } from '../serve';
import { parseCommand, UsageError, type CliIo } from './cli-io';
import { fixedToken } from './serve-token';
import { syncRemoteFrom } from './sync-remote';

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(
    'serve',
    args,
    {
      data: { type: 'string' },
      port: { type: 'string' },
      token: { type: 'string' },
      'token-file': { type: 'string' },
      sync: { type: 'string' },
      'sync-user': { type: 'string' },
      'sync-fingerprint': { type: 'string' },
    },
    0,
  );
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const token = await fixedToken({
    token: values.token,
    tokenFile: values['token-file'],
    env: io.env,
    stderr: io.stderr,
    posix: process.platform !== 'win32',
  });
  const dataDir = resolveDataDir(values.data, io.env);
  const syncRemote = syncRemoteFrom(
    { url: values.sync, user: values['sync-user'], fingerprint: values['sync-fingerprint'] },
    io.env,
  );
  const serving = await serve({
    dataDir,
    port,
    rendererDir: io.paths.rendererDir,
    resources: { ...io.paths, secrets: fileSecretStore(dataDir) },
    ...(token ? { token } : {}),
    ...(syncRemote ? { syncRemote } : {}),
  });
  io.stdout(serving.host.url);
  io.stderr(`Fact-Check Workbench is serving ${dataDir} on 127.0.0.1:${serving.host.port}. Press Ctrl+C to stop.`);
  io.stderr('The address above opens the workbench once; start it again for a new one.');
  // The library opens while the page loads; if it cannot be opened, serving stops with the reason.
  await Promise.race([io.stopSignal, serving.ready]);
  await io.stopSignal;
  await serving.stop();
  io.stderr('Stopped.');
  return 0;
}
