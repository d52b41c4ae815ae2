import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach } from 'vitest';
import type { CoreResources } from './open-core';

const made: string[] = [];

/** A fresh directory under the OS temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-test-'));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Every file under `dir` with the hash of its bytes: equal snapshots mean a byte-identical store. */
export async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

export const SAMPLES_DIR = join(import.meta.dirname, '../../../resources/samples');

/** The core's resources as tests use them: the import worker runs from source through tsx. */
export const TEST_RESOURCES: CoreResources = {
  samplesDir: SAMPLES_DIR,
  importWorker: { url: new URL('./import/import-worker.source.mjs', import.meta.url) },
};
