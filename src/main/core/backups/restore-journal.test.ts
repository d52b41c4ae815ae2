import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-helpers';
import { newArticle, open } from './backup-test-helpers';
import { beginRestore } from './restore-journal';
import { call } from '../call';

describe('an interrupted restore', () => {
  it('is finished on the next start, so the folder is never a mix of two moments', async () => {
    const dir = await tempDir();
    let core = await open(dir);
    const kept = await newArticle(core, 'Ferry');
    const backup = await call(core.dispatch, 'backups.create', {});
    await call(core.dispatch, 'articles.rename', { id: kept.id, title: 'Ferry, renamed later' });
    const later = await newArticle(core, 'Harbor');
    const undo = await call(core.dispatch, 'backups.create', {});
    await core.close();
    const keptPath = join(dir, 'articles', `${kept.id}.json`);
    const renamedBytes = await readFile(keptPath);

    // As if the app died right after the journal was written and one file was put back.
    await beginRestore(dir, { snapshot: backup.id, undo: undo.id, stamp: Date.now() });
    await writeFile(keptPath, await readFile(join(dir, 'backups', backup.id, 'articles', `${kept.id}.json`)));
    expect(await readFile(keptPath)).not.toEqual(renamedBytes);

    core = await open(dir);
    expect(existsSync(join(dir, 'backups', 'restore-in-progress.json'))).toBe(false);
    expect(await readFile(join(dir, 'library.json'))).toEqual(
      await readFile(join(dir, 'backups', backup.id, 'library.json')),
    );
    expect((await call(core.dispatch, 'articles.get', { id: kept.id })).title).toBe('Ferry');
    expect(existsSync(join(dir, 'articles', `${later.id}.json`))).toBe(false);
    await core.close();
  });

  it('leaves the folder as it is when the journal names a backup that cannot be read', async () => {
    const dir = await tempDir();
    let core = await open(dir);
    const article = await newArticle(core, 'Ferry');
    await core.close();
    const before = await readFile(join(dir, 'articles', `${article.id}.json`));
    await beginRestore(dir, { snapshot: '2026-01-01T00-00-00-000Z-manual', undo: 'x', stamp: 1 });
    const logged: string[] = [];
    const error = console.error;
    console.error = (message: string) => logged.push(message);
    try {
      core = await open(dir);
    } finally {
      console.error = error;
    }
    expect(logged.join('\n')).toMatch(/could not be finished/);
    expect(await readFile(join(dir, 'articles', `${article.id}.json`))).toEqual(before);
    expect(existsSync(join(dir, 'backups', 'restore-in-progress.json'))).toBe(false);
    await core.close();
  });
});
