import { AppError } from '../core/app-error';
import { expectStatus, hubRequest, type HubAccess } from './hub-client';
import type { SecurityObject } from './hub-gate';
import { DESK_NAME, PASSWORD_MIN_LENGTH, USER_NAME } from './hub-names';

/**
 * People and desks on a hub, through CouchDB's own HTTP API as its administrator: a person is a
 * document in `_users`, a desk is a database, and a desk's members are the names in its `_security`.
 * The same calls manage an Apache CouchDB.
 */

export interface HubUser {
  name: string;
  /** The desks (databases) whose members include this person. */
  desks: string[];
}

interface UserDoc {
  _id: string;
  _rev?: string;
  name: string;
  type: 'user';
  roles: string[];
  password?: string;
}

const userPath = (name: string): string => `_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;

export function checkUserName(name: string): void {
  if (!USER_NAME.test(name)) {
    throw new AppError(
      'INVALID_INPUT',
      `"${name}" cannot be a user name: use letters, digits, ".", "_", "-" or "@" (up to 64), starting with a letter or digit.`,
    );
  }
}

export function checkDeskName(desk: string): void {
  if (!DESK_NAME.test(desk)) {
    throw new AppError(
      'INVALID_INPUT',
      `"${desk}" cannot be a desk's name: use lowercase letters, digits, "_" and "-" (up to 64), starting with a letter.`,
    );
  }
}

export function checkPassword(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw new AppError('INVALID_INPUT', `A hub password needs at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
}

/** Creates the person, or gives an existing one this password. */
export async function putUser(access: HubAccess, name: string, password: string): Promise<'created' | 'updated'> {
  checkUserName(name);
  checkPassword(password);
  const existing = expectStatus(await hubRequest<UserDoc>(access, 'GET', userPath(name)), [200, 404], access);
  const found = existing.status === 200 ? existing.body : undefined;
  const doc: UserDoc = {
    _id: `org.couchdb.user:${name}`,
    ...(found?._rev ? { _rev: found._rev } : {}),
    name,
    type: 'user',
    roles: found?.roles ?? [],
    password,
  };
  expectStatus(await hubRequest(access, 'PUT', userPath(name), doc), [201, 202], access);
  return found ? 'updated' : 'created';
}

async function securityOf(access: HubAccess, desk: string): Promise<SecurityObject> {
  return expectStatus(await hubRequest<SecurityObject>(access, 'GET', `${desk}/_security`), [200], access).body;
}

async function changeMembers(access: HubAccess, desk: string, change: (names: string[]) => string[]): Promise<boolean> {
  const security = await securityOf(access, desk);
  const before = security.members?.names ?? [];
  const after = change(before);
  if (after.length === before.length && after.every((name, i) => name === before[i])) return false;
  const updated = { ...security, members: { roles: security.members?.roles ?? [], names: after } };
  expectStatus(await hubRequest(access, 'PUT', `${desk}/_security`, updated), [200], access);
  return true;
}

/** Makes the person a member of the desk, creating the desk's database when it does not exist yet. */
export async function addMember(access: HubAccess, desk: string, name: string): Promise<void> {
  checkDeskName(desk);
  checkUserName(name);
  expectStatus(await hubRequest(access, 'PUT', desk), [201, 412], access);
  await changeMembers(access, desk, (names) => (names.includes(name) ? names : [...names, name]));
}

async function desks(access: HubAccess): Promise<string[]> {
  const all = expectStatus(await hubRequest<string[]>(access, 'GET', '_all_dbs'), [200], access).body;
  return all.filter((name) => DESK_NAME.test(name));
}

/** Removes the person from the hub and from every desk's members; false when there was no such person. */
export async function removeUser(access: HubAccess, name: string): Promise<boolean> {
  checkUserName(name);
  for (const desk of await desks(access)) {
    await changeMembers(access, desk, (names) => names.filter((member) => member !== name));
  }
  const existing = expectStatus(await hubRequest<UserDoc>(access, 'GET', userPath(name)), [200, 404], access);
  if (existing.status === 404) return false;
  const rev = encodeURIComponent(existing.body._rev ?? '');
  expectStatus(await hubRequest(access, 'DELETE', `${userPath(name)}?rev=${rev}`), [200, 202], access);
  return true;
}

/** Everyone who can sign in to the hub (the administrator apart), with their desks. */
export async function listUsers(access: HubAccess): Promise<HubUser[]> {
  const range = `startkey=${encodeURIComponent('"org.couchdb.user:"')}&endkey=${encodeURIComponent('"org.couchdb.user;"')}`;
  const rows = expectStatus(
    await hubRequest<{ rows: { id: string }[] }>(access, 'GET', `_users/_all_docs?${range}`),
    [200],
    access,
  ).body.rows;
  const users = new Map(rows.map((row) => [row.id.slice('org.couchdb.user:'.length), [] as string[]]));
  for (const desk of await desks(access)) {
    for (const member of (await securityOf(access, desk)).members?.names ?? []) users.get(member)?.push(desk);
  }
  return [...users].map(([name, memberOf]) => ({ name, desks: memberOf })).sort((a, b) => a.name.localeCompare(b.name));
}
