import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../../shared/model';
import type { LibraryFile } from '../store/file-schemas';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES } from '../test-helpers';
import { call } from '../call';

export const DRAFT = 'The ferry carried 1.2 million people. Fares rose 12 percent.';

/** A clock the test moves by hand; no test waits for real time to pass. */
export function testClock(start = '2026-11-30T09:00:00.000Z'): {
  now: () => string;
  advance: (minutes: number) => void;
} {
  let time = Date.parse(start);
  return {
    now: () => new Date(time).toISOString(),
    advance: (minutes) => {
      time += minutes * 60_000;
    },
  };
}

export function open(dataDir: string, now?: () => string): Promise<Core> {
  return openCore({ dataDir, resources: TEST_RESOURCES, ...(now ? { now } : {}) });
}

export async function newArticle(core: Core, title = 'Ferry'): Promise<Article> {
  return call(core.dispatch, 'articles.create', { title, text: DRAFT });
}

export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

/** The library and one article as a snapshot holds them. */
export async function snapshotFiles(
  dataDir: string,
  id: string,
  articleId: string,
): Promise<{ library: LibraryFile; article: Article }> {
  const dir = join(dataDir, 'backups', id);
  return {
    library: await readJson<LibraryFile>(join(dir, 'library.json')),
    article: (await readJson<{ article: Article }>(join(dir, 'articles', `${articleId}.json`))).article,
  };
}
