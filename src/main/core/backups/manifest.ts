import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SNAPSHOT_REASONS, type BackupInfo } from '../../../shared/backups';
import { isDataFilePath, MANIFEST_NAME } from './layout';

export const MANIFEST_FORMAT = 'fact-check-workbench/snapshot';

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  time: z.iso.datetime(),
  reason: z.enum(SNAPSHOT_REASONS),
  articleCount: z.number().int().min(0),
  /** Every file with its size and hash, so that a restore notices a file changed since. */
  files: z.array(
    z.object({
      // Only data-file names: a tampered manifest cannot make a restore write anywhere else.
      path: z.string().refine(isDataFilePath, 'is not a data file'),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** The live file this copy was made from (inode and time), to spot it unchanged next time. */
      source: z.object({ ino: z.number().int().min(0), mtimeMs: z.number() }).optional(),
    }),
  ),
});

export type SnapshotManifest = z.infer<typeof manifestSchema>;
export type ManifestFile = SnapshotManifest['files'][number];

/** The manifest of the snapshot in `dir`; undefined when there is none, an error when it is damaged. */
export async function readManifest(dir: string): Promise<SnapshotManifest | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return manifestSchema.parse(JSON.parse(text));
}

export function infoOf(id: string, manifest: SnapshotManifest): BackupInfo {
  return {
    id,
    time: manifest.time,
    reason: manifest.reason,
    articleCount: manifest.articleCount,
    fileCount: manifest.files.length,
    bytes: manifest.files.reduce((sum, file) => sum + file.bytes, 0),
  };
}
