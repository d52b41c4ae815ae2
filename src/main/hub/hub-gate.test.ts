import { describe, expect, it } from 'vitest';
import { isMember, readBasicCredentials, targetOf } from './hub-gate';

const basic = (text: string): string => `Basic ${Buffer.from(text).toString('base64')}`;

describe('readBasicCredentials', () => {
  it('reads a name and a password that may itself hold colons', () => {
    expect(readBasicCredentials(basic('ana:pa:ss word'))).toEqual({ name: 'ana', password: 'pa:ss word' });
  });

  it.each([undefined, '', 'Bearer abc', basic('no-colon'), basic(':nameless'), 'Basic !!!'])(
    'finds none in %j',
    (header) => {
      expect(readBasicCredentials(header)).toBeUndefined();
    },
  );
});

describe('targetOf', () => {
  it.each([
    ['GET', '/', 'open'],
    ['HEAD', '/', 'open'],
    ['POST', '/', 'admin-only'],
    ['GET', '/_session', 'open'],
    ['GET', '/_uuids?count=3', 'open'],
    ['GET', '/_all_dbs', 'admin-only'],
    ['PUT', '/_users/org.couchdb.user:eve', 'admin-only'],
    ['GET', '/_config', 'admin-only'],
    ['GET', '/_node/node1@127.0.0.1/desk', 'admin-only'],
    ['POST', '/_replicate', 'admin-only'],
    ['PUT', '/desk', 'admin-only'],
    ['DELETE', '/desk/', 'admin-only'],
    ['COPY', '/desk', 'admin-only'],
    ['GET', '/Desk/x', 'admin-only'],
    ['GET', '/desk%2Fother/x', 'admin-only'],
    ['GET', '/%E0%A4%A/x', 'admin-only'],
    ['GET', '/desk', 'database'],
    ['POST', '/desk', 'database'],
    ['POST', '/desk/_bulk_docs', 'database'],
    ['GET', '/desk/_changes?feed=longpoll', 'database'],
    ['PUT', '/desk/_local/abc', 'database'],
    ['DELETE', '/desk/claim%3A1?rev=1-a', 'database'],
  ])('%s %s is %s', (method, url, kind) => {
    expect(targetOf(method, url).kind).toBe(kind);
  });

  it('names the database from the first part of the path', () => {
    expect(targetOf('GET', '/night-desk_2/_all_docs')).toEqual({ kind: 'database', name: 'night-desk_2' });
  });
});

describe('isMember', () => {
  const ana = { name: 'ana', roles: ['checkers'] };

  it('counts members and database admins, by name or by role', () => {
    expect(isMember(ana, { members: { names: ['ana'] } })).toBe(true);
    expect(isMember(ana, { members: { roles: ['checkers'] } })).toBe(true);
    expect(isMember(ana, { admins: { names: ['ana'] } })).toBe(true);
    expect(isMember(ana, { members: { names: ['bo'], roles: ['editors'] } })).toBe(false);
  });

  it('leaves a database without members to the administrator, as CouchDB 3 does', () => {
    expect(isMember(ana, {})).toBe(false);
    expect(isMember(ana, { members: { names: [], roles: [] } })).toBe(false);
    expect(isMember({ name: null, roles: [] }, { members: { names: [] } })).toBe(false);
  });
});
