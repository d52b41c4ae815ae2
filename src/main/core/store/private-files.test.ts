import { chmod, mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-helpers';
import { describeRepair, makePrivateDir, openPrivateFile, repairModes, writePrivateFile } from './private-files';

const modeOf = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

describe.skipIf(process.platform === 'win32')('private files', () => {
  let umask: number;
  // A umask of 0 would leave mkdir's and open's modes as asked: the modes must not depend on it.
  beforeEach(() => {
    umask = process.umask(0);
  });
  afterEach(() => {
    process.umask(umask);
  });

  it('makes every missing folder of a path 0700 and leaves an existing one alone', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'shared'), { mode: 0o755 });
    await makePrivateDir(join(dir, 'shared', 'a', 'b', 'c'));
    expect(await modeOf(join(dir, 'shared'))).toBe(0o755);
    for (const path of ['a', 'a/b', 'a/b/c']) expect(await modeOf(join(dir, 'shared', path))).toBe(0o700);
    await makePrivateDir(join(dir, 'shared', 'a'));
    expect(await modeOf(join(dir, 'shared', 'a'))).toBe(0o700);
  });

  it('makes new files 0600, and refuses one that exists', async () => {
    const dir = await tempDir();
    await writePrivateFile(join(dir, 'a.json'), '{}');
    expect(await modeOf(join(dir, 'a.json'))).toBe(0o600);
    const handle = await openPrivateFile(join(dir, 'b.json'));
    await handle.close();
    expect(await modeOf(join(dir, 'b.json'))).toBe(0o600);
    await expect(writePrivateFile(join(dir, 'a.json'), 'x')).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('takes away what other accounts may do, and counts what it changed', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'articles', 'deep'), { recursive: true });
    await chmod(dir, 0o755);
    await chmod(join(dir, 'articles'), 0o775);
    await chmod(join(dir, 'articles', 'deep'), 0o701);
    await writeFile(join(dir, 'library.json'), '{}', { mode: 0o644 });
    await writeFile(join(dir, 'articles', 'a.json'), '{}', { mode: 0o666 });
    await writeFile(join(dir, 'articles', 'deep', 'b.json'), '{}', { mode: 0o604 });
    await writeFile(join(dir, 'articles', 'kept.json'), '{}', { mode: 0o600 });
    await writeFile(join(dir, 'read-only.json'), '{}', { mode: 0o400 });
    const repair = await repairModes(dir);
    expect(repair).toEqual({ repaired: 6, failed: [] });
    for (const path of ['', 'articles', 'articles/deep']) expect(await modeOf(join(dir, path))).toBe(0o700);
    for (const path of ['library.json', 'articles/a.json', 'articles/deep/b.json', 'articles/kept.json']) {
      expect(await modeOf(join(dir, path))).toBe(0o600);
    }
    expect(await modeOf(join(dir, 'read-only.json'))).toBe(0o400);
    expect(await repairModes(dir)).toEqual({ repaired: 0, failed: [] });
  });

  it('does not enter a folder that is already private, since no other account can reach inside it', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'backups', 'old'), { recursive: true });
    await chmod(dir, 0o700);
    await chmod(join(dir, 'backups'), 0o755);
    await writeFile(join(dir, 'backups', 'old', 'a.json'), '{}', { mode: 0o644 });
    await chmod(join(dir, 'backups'), 0o700);
    expect(await repairModes(dir)).toEqual({ repaired: 0, failed: [] });
    expect(await modeOf(join(dir, 'backups', 'old', 'a.json'))).toBe(0o644);
    await chmod(dir, 0o750);
    await chmod(join(dir, 'backups'), 0o750);
    expect(await repairModes(dir)).toEqual({ repaired: 4, failed: [] });
    expect(await modeOf(join(dir, 'backups', 'old', 'a.json'))).toBe(0o600);
  });

  it('does not follow a symbolic link out of the folder', async () => {
    const dir = await tempDir();
    const outside = await tempDir();
    await writeFile(join(outside, 'public.txt'), 'x', { mode: 0o644 });
    await chmod(outside, 0o755);
    await symlink(join(outside, 'public.txt'), join(dir, 'link.txt'));
    await symlink(outside, join(dir, 'linked'));
    expect(await repairModes(dir)).toEqual({ repaired: 0, failed: [] });
    expect(await modeOf(join(outside, 'public.txt'))).toBe(0o644);
    expect(await modeOf(outside)).toBe(0o755);
  });

  it('says nothing when nothing was repaired, and one line per kind of outcome otherwise', () => {
    expect(describeRepair({ repaired: 0, failed: [] })).toBeUndefined();
    expect(describeRepair({ repaired: 3, failed: [] })).toBe(
      '[store] made the data folder private: 3 files and folders were readable by other accounts',
    );
    const failed = describeRepair({ repaired: 0, failed: [{ path: '/d/x', reason: 'EPERM' }] });
    expect(failed).toMatch(/1 files or folders in the data folder could not be made private \(first: \/d\/x: EPERM\)/);
  });
});
