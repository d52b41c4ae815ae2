import { stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../call';
import { openCore } from '../open-core';
import { tempDir, TEST_RESOURCES } from '../test-helpers';

describe('the article list in library.json', () => {
  it('is not rewritten when an unchanged article is looked at on start or opened', async () => {
    const dir = await tempDir();
    let core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const { id } = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: 'Fares rose.', desk: 'Metro' });
    await core.close();
    const library = join(dir, 'library.json');
    const written = await stat(library);
    // As new as the list, the article file is read again on start (file times are coarse).
    await utimes(join(dir, 'articles', `${id}.json`), written.atime, written.mtime);

    core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    expect((await call(core.dispatch, 'articles.get', { id })).id).toBe(id);
    await core.close();
    // A durable write replaces the file: a new inode would mean the list was written again.
    expect((await stat(library)).ino).toBe(written.ino);
  });
});
