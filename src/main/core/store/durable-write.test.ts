import * as fsp from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-helpers';
import { writeFileDurable, type WriteFs } from './durable-write';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** The real file system, with one call replaced. */
function faulty(overrides: Partial<WriteFs>): WriteFs {
  return { open: fsp.open, rename: fsp.rename, rm: fsp.rm, ...overrides };
}

describe('writeFileDurable', () => {
  it('creates and then replaces a file, leaving no temp files behind', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFileDurable(path, '{"v":1}');
    await writeFileDurable(path, '{"v":2}');
    expect(await readFile(path, 'utf8')).toBe('{"v":2}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('keeps the old file byte-identical when fsync fails (EIO), and cleans up', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFile(path, 'old contents');
    const fs = faulty({
      open: (async (...args: Parameters<typeof fsp.open>) => {
        const handle = await fsp.open(...args);
        if (String(args[0]).endsWith('.tmp')) handle.sync = () => Promise.reject(errno('EIO'));
        return handle;
      }) as typeof fsp.open,
    });
    await expect(writeFileDurable(path, 'new contents', fs)).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(path, 'utf8')).toBe('old contents');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('keeps the old file when the disk is full (ENOSPC on write)', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFile(path, 'old contents');
    const fs = faulty({
      open: (async (...args: Parameters<typeof fsp.open>) => {
        const handle = await fsp.open(...args);
        handle.writeFile = () => Promise.reject(errno('ENOSPC'));
        return handle;
      }) as typeof fsp.open,
    });
    await expect(writeFileDurable(path, 'new contents', fs)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(path, 'utf8')).toBe('old contents');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('retries a rename that is briefly refused (EBUSY, EPERM) and then succeeds', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    let refusals = 0;
    const fs = faulty({
      rename: async (from, to) => {
        if (refusals < 3) {
          refusals++;
          throw errno(refusals % 2 ? 'EBUSY' : 'EPERM');
        }
        return fsp.rename(from, to);
      },
    });
    await writeFileDurable(path, 'saved', fs);
    expect(refusals).toBe(3);
    expect(await readFile(path, 'utf8')).toBe('saved');
  });

  it('gives up on a rename that stays refused, keeping the old file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFile(path, 'old');
    let attempts = 0;
    const fs = faulty({
      rename: async () => {
        attempts++;
        throw errno('EPERM');
      },
    });
    await expect(writeFileDurable(path, 'new', fs)).rejects.toMatchObject({ code: 'EPERM' });
    expect(attempts).toBeGreaterThan(1);
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});
