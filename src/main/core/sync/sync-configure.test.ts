import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreChange } from '../../../shared/events';
import { call, callRefused } from '../call';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, tempDir } from '../test-helpers';
import { fileSecretStore } from './file-secret-store';

const opened: Core[] = [];
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close();
});

async function open(dir: string): Promise<Core> {
  const core = await openCore({
    dataDir: dir,
    resources: { ...TEST_RESOURCES, secrets: fileSecretStore(dir) },
    machine: 'desk-laptop',
  });
  opened.push(core);
  return core;
}

describe('sync.configure', () => {
  it('keeps the address, user and pinned certificate in the data folder and the password in the secret store, never returning it', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    expect(await call(core.dispatch, 'sync.status', {})).toEqual({
      state: 'off',
      pending: 0,
      conflicts: 0,
      machine: 'desk-laptop',
    });
    const events: CoreChange[] = [];
    core.changes.subscribe((change) => events.push(change));
    const fingerprint = Array.from({ length: 32 }, () => 'AB').join(':');
    const status = await call(core.dispatch, 'sync.configure', {
      url: 'https://127.0.0.1:9/desk/',
      user: 'ana',
      password: 'correct horse battery',
      fingerprint,
    });
    expect(status).toMatchObject({
      url: 'https://127.0.0.1:9/desk',
      user: 'ana',
      fingerprint,
      passwordSaved: true,
      machine: 'desk-laptop',
    });
    expect(['pending', 'offline']).toContain(status.state);
    expect(JSON.stringify(status)).not.toContain('correct horse');
    const saved = await readFile(join(dir, 'sync', 'connection.json'), 'utf8');
    expect(JSON.parse(saved)).toEqual({ url: 'https://127.0.0.1:9/desk', user: 'ana', fingerprint });
    expect(saved).not.toContain('correct horse');
    await expect.poll(() => events.some((e) => e.kind === 'sync' && !e.origin)).toBe(true);

    await core.close();
    opened.splice(0);
    const again = await open(dir);
    expect(await call(again.dispatch, 'sync.status', {})).toMatchObject({ user: 'ana', passwordSaved: true });

    expect(await call(again.dispatch, 'sync.configure', { url: '' })).toMatchObject({ state: 'off' });
    await expect(access(join(dir, 'sync', 'connection.json'))).rejects.toThrow();
    expect((await call(again.dispatch, 'sync.status', {})).passwordSaved).toBeUndefined();
  });

  it('refuses an address the desk must not use, and keeps what was configured', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    await call(core.dispatch, 'sync.configure', { url: 'http://127.0.0.1:9/desk', user: 'ana' });
    for (const url of ['http://hub.example/desk', 'https://ana:pw@hub.example/desk', 'ftp://hub.example/desk']) {
      expect((await callRefused(core.dispatch, 'sync.configure', { url })).code).toBe('INVALID_INPUT');
    }
    expect(JSON.parse(await readFile(join(dir, 'sync', 'connection.json'), 'utf8'))).toEqual({
      url: 'http://127.0.0.1:9/desk',
      user: 'ana',
    });
    const status = await call(core.dispatch, 'sync.status', {});
    expect(status).toMatchObject({ url: 'http://127.0.0.1:9/desk', user: 'ana' });
    expect(status.state).not.toBe('off');
  });
});
