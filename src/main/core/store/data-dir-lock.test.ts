import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-helpers';
import { lockDataDir } from './data-dir-lock';

describe('lockDataDir', () => {
  it('refuses a folder held by a live process, and frees it on release', async () => {
    const dir = await tempDir();
    const lock = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toMatchObject({
      code: 'LOCKED',
      message: expect.stringContaining(`process ${process.pid}`),
    });
    await lock.release();
    const again = await lockDataDir(dir);
    await again.release();
  });

  it('takes over a stale lock left by a process that has died', async () => {
    const dir = await tempDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(dead).toBeGreaterThan(0);
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: dead, host: hostname(), since: 'earlier' }));
    const lock = await lockDataDir(dir);
    expect(JSON.parse(await readFile(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('treats a lock being written (no owner yet) as live, and an old unreadable one as stale', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '.lock'), '');
    await expect(lockDataDir(dir)).rejects.toMatchObject({ code: 'LOCKED' });
    const old = new Date(Date.now() - 60_000);
    await utimes(join(dir, '.lock'), old, old);
    const lock = await lockDataDir(dir);
    await lock.release();
  });

  it('lets only one of many simultaneous takers have the lock', async () => {
    const dir = await tempDir();
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => lockDataDir(dir)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});
