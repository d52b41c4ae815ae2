import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../core/app-error';
import { readAdminPassword } from '../hub/hub-admin';
import type { HubAccess } from '../hub/hub-client';
import { addMember, checkPassword, checkUserName, listUsers, putUser, removeUser } from '../hub/hub-users';
import { RUNNING_HUB_FILE, startHub } from '../hub/start-hub';
import { parseCommand, UsageError, type CliIo } from './cli-io';
import { hubDataDir } from './hub-data-dir';
import { readSecretFile, readSecretFromStdin } from './secret-input';

async function runningHub(dataDir: string): Promise<{ url: string; fingerprint?: string }> {
  try {
    const running = JSON.parse(await readFile(join(dataDir, RUNNING_HUB_FILE), 'utf8')) as {
      url?: unknown;
      fingerprint?: unknown;
    };
    if (typeof running.url !== 'string') throw new Error('no url');
    return {
      url: running.url,
      ...(typeof running.fingerprint === 'string' ? { fingerprint: running.fingerprint } : {}),
    };
  } catch {
    throw new AppError('LOCKED', `A hub is starting or stopping on ${dataDir}; try again in a moment.`);
  }
}

function missingPassword(dataDir: string): AppError {
  return new AppError(
    'NOT_FOUND',
    `The administrator's password is no longer in ${join(dataDir, 'admin-password.txt')}, so the hub's people cannot be changed from here.`,
  );
}

/**
 * Runs `work` as the hub's administrator. A stopped hub is started on this machine for the moment
 * (the data folder is locked meanwhile); a running one is reached where it listens, over HTTPS with
 * its pinned certificate when it shares on the network. Either way the change goes through CouchDB's
 * HTTP API, as it would on Apache CouchDB.
 */
async function asAdministrator<T>(dataDir: string, io: CliIo, work: (access: HubAccess) => Promise<T>): Promise<T> {
  let hub;
  try {
    hub = await startHub({ dataDir });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'LOCKED')) throw error;
  }
  if (hub) {
    try {
      if (hub.admin.created)
        io.stderr(`The hub's administrator was created; the password is in ${hub.admin.passwordFile}.`);
      if (hub.admin.password === undefined) throw missingPassword(dataDir);
      return await work({ url: hub.url, name: hub.admin.name, password: hub.admin.password });
    } finally {
      await hub.close();
    }
  }
  const running = await runningHub(dataDir);
  const password = await readAdminPassword(dataDir);
  if (password === undefined) throw missingPassword(dataDir);
  return work({ ...running, name: 'admin', password });
}

/** `factcheck hub user add|remove|list`: who may sign in to the hub, and which desks they belong to. */
export async function hubUserCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseCommand(
    `hub user ${action ?? ''}`.trim(),
    rest,
    {
      data: { type: 'string' },
      desk: { type: 'string', multiple: true },
      'password-file': { type: 'string' },
      json: { type: 'boolean' },
    },
    action === 'list' ? 0 : 1,
  );
  const dataDir = hubDataDir(values.data, io.env);
  process.umask(0o077);
  if (action === 'list') {
    const users = await asAdministrator(dataDir, io, listUsers);
    if (values.json) io.stdout(JSON.stringify(users, null, 2));
    else if (users.length === 0) io.stderr('Nobody but the administrator can sign in to this hub yet.');
    else for (const user of users) io.stdout(`${user.name}\t${user.desks.join(', ') || '(no desk)'}`);
    return 0;
  }
  const name = positionals[0];
  if (action !== 'add' && action !== 'remove') {
    throw new UsageError('Use factcheck hub user add NAME, hub user remove NAME or hub user list.');
  }
  if (!name) throw new UsageError(`factcheck hub user ${action} needs the person's user name.`);
  checkUserName(name);
  if (action === 'remove') {
    const removed = await asAdministrator(dataDir, io, (access) => removeUser(access, name));
    if (!removed) throw new AppError('NOT_FOUND', `There is no user "${name}" on this hub.`);
    io.stderr(`${name} can no longer sign in to the hub, and belongs to no desk.`);
    return 0;
  }
  const file = values['password-file'];
  const password = file
    ? await readSecretFile(file)
    : await readSecretFromStdin(io.stdin, `Password for ${name} (at least 12 characters; not shown):`, io.stderr);
  checkPassword(password);
  const desks = values.desk ?? [];
  const outcome = await asAdministrator(dataDir, io, async (access) => {
    const result = await putUser(access, name, password);
    for (const desk of desks) await addMember(access, desk, name);
    return result;
  });
  io.stderr(
    `${name} ${outcome === 'created' ? 'can now sign in to the hub' : 'has a new password'}` +
      (desks.length > 0
        ? ` and is a member of ${desks.join(', ')}.`
        : '; add --desk NAME to make them a member of a desk.'),
  );
  return 0;
}
