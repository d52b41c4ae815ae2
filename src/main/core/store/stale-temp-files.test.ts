import * as fsp from 'node:fs/promises';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../open-core';
import { tempDir, TEST_RESOURCES } from '../test-helpers';
import { TEMP_FILE_NAME, writeFileDurable } from './durable-write';

/** Leaves a temp file as a write killed between writing and renaming would. */
async function interruptedWrite(path: string): Promise<void> {
  const refuse = (): Promise<never> => Promise.reject(Object.assign(new Error('killed'), { code: 'EIO' }));
  await writeFileDurable(path, '{"half":', { open: fsp.open, rename: refuse, rm: refuse }).catch(() => undefined);
}

describe('temp files of interrupted writes', () => {
  it('are removed when the folder is next opened for writing, and nothing else is', async () => {
    const dir = await tempDir();
    await openCore({ dataDir: dir, resources: TEST_RESOURCES }).then((core) => core.close());
    await interruptedWrite(join(dir, 'library.json'));
    await interruptedWrite(join(dir, 'articles', 'a1.json'));
    await writeFile(join(dir, 'articles', 'notes.tmp'), 'not ours');
    const left = [...(await readdir(dir)), ...(await readdir(join(dir, 'articles')))];
    expect(left.filter((n) => TEMP_FILE_NAME.test(n))).toHaveLength(2);

    const reader = await openCore({ dataDir: dir, resources: TEST_RESOURCES, lock: false });
    await reader.close();
    expect((await readdir(dir)).filter((n) => TEMP_FILE_NAME.test(n))).toHaveLength(1);

    const writer = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    await writer.close();
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await readdir(join(dir, 'articles'))).toEqual(['notes.tmp']);
  });
});
