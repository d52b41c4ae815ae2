/** Why a snapshot of the data folder was taken. */
export const SNAPSHOT_REASONS = ['start', 'activity', 'pre-migration', 'pre-restore', 'manual'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

export const SNAPSHOT_REASON_LABELS: Record<SnapshotReason, string> = {
  start: 'When the workbench started',
  activity: 'While you worked',
  'pre-migration': 'Before a data upgrade',
  'pre-restore': 'Before a restore',
  manual: 'Backed up by hand',
};

/**
 * A snapshot's id is its folder name under backups/: the UTC time with `:` and `.` made `-`, then
 * the reason, e.g. 2026-11-30T10-15-00-123Z-manual. Nothing else is accepted, so an id can never
 * reach outside that folder.
 */
export const BACKUP_ID_PATTERN = new RegExp(
  `^(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${SNAPSHOT_REASONS.join('|')})$`,
);

/** One snapshot of the data folder, as the Backups screen lists it. */
export interface BackupInfo {
  id: string;
  /** ISO time the snapshot was taken. */
  time: string;
  reason: SnapshotReason;
  articleCount: number;
  fileCount: number;
  /** Total size of its data files. */
  bytes: number;
}
