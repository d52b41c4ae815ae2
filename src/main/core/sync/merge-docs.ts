import type { Claim, Deletion, Evidence, Version } from '../../../shared/model';
import type { FieldConflict } from '../../../shared/sync';
import { statusStillBacked } from '../domain/status-rules';
import { sameContent, sortKeys } from './canonical';
import { claimOf, type Clock, type FieldStamp, type RecordDoc, type SyncDoc, type VersionDoc } from './doc-layout';
import { compareStamps } from './field-clock';
import { mergeHistories } from './merge-history';
import {
  conflictValue,
  conflictsStamp,
  joinDeletions,
  joinStamps,
  mergeEvidence,
  newConflict,
  unionConflicts,
} from './merge-fields';

/** Fields merged by rule rather than by their clocks. */
const LATEST = new Set(['updatedAt']);
const LARGEST = new Set(['versionCount']);

interface FieldPick {
  value: unknown;
  stamp: FieldStamp | undefined;
}

/** The id the conflicts of a record carry: the claim's id, or the article's (or source's). */
function recordIdOf(docId: string): string {
  return docId.slice(docId.lastIndexOf(':') + 1);
}

/** Whose metadata (who wrote it last, where, when) the merged document carries: the later write. */
function laterMeta(winner: SyncDoc, other: SyncDoc): Pick<SyncDoc, 'updatedBy' | 'machine' | 'updatedAt'> {
  const source = other.updatedAt > winner.updatedAt ? other : winner;
  return { updatedBy: source.updatedBy, machine: source.machine, updatedAt: source.updatedAt };
}

function pickField(
  field: string,
  winner: RecordDoc,
  other: RecordDoc,
  conflicts: FieldConflict[],
  recordId: string,
): FieldPick {
  const a = winner.record[field];
  const b = other.record[field];
  const sa = winner.clock[field];
  const sb = other.clock[field];
  if (LATEST.has(field)) return { value: String(a ?? '') >= String(b ?? '') ? a : b, stamp: joinStamps(sa, sb) };
  if (LARGEST.has(field)) return { value: Math.max(Number(a ?? 0), Number(b ?? 0)), stamp: joinStamps(sa, sb) };
  switch (compareStamps(sa, sb)) {
    case 'after':
    case 'equal':
      return { value: a, stamp: sa };
    case 'before':
      return { value: b, stamp: sb };
    case 'concurrent': {
      const stamp = joinStamps(sa, sb);
      if (sameContent(a, b)) return { value: a, stamp };
      // Sources and the desk's settings are reference data: the later edit stands, without a conflict.
      if (winner.type === 'source' || winner.type === 'desk-settings')
        return (sb?.at ?? '') > (sa?.at ?? '') ? { value: b, stamp } : { value: a, stamp };
      conflicts.push(newConflict(recordId, field, [conflictValue(a, sa), conflictValue(b, sb)]));
      return { value: a, stamp: sa ? { ...sa, v: stamp!.v } : stamp };
    }
  }
}

/** A merged claim whose status its merged evidence no longer allows: a conflict, never a silent breach. */
function ruleConflict(docId: string, merged: RecordDoc, winner: RecordDoc, other: RecordDoc): FieldConflict | null {
  if (merged.type !== 'claim' || merged.deleted) return null;
  const claim = claimOf(docId, merged) as Claim;
  if (statusStillBacked(claim)) return null;
  const backedBefore = [winner, other].some((side) => statusStillBacked(claimOf(docId, side) as Claim));
  if (!backedBefore) return null;
  const status = merged.record['status'];
  const dissent = [winner, other].find((side) => side.record['status'] !== status) ?? other;
  const dissentValue = dissent.record['status'] !== status ? dissent.record['status'] : 'in-progress';
  return newConflict(recordIdOf(docId), 'status', [
    conflictValue(status, merged.clock['status']),
    conflictValue(dissentValue, dissent.clock['evidence'] ?? dissent.clock['status']),
  ]);
}

/**
 * Two revisions of a record document as one: per field, the side whose clock saw the other's change;
 * a field changed on both sides to different values keeps the winner's value and becomes a conflict.
 * `winner` is the revision CouchDB's rules pick (the same on every machine), so the result is too.
 */
export function mergeRecordDocs(docId: string, winner: RecordDoc, other: RecordDoc): RecordDoc {
  const recordId = recordIdOf(docId);
  const found: FieldConflict[] = [];
  const record: Record<string, unknown> = {};
  const clock: Clock = {};
  const fields = [...new Set([...Object.keys(winner.record), ...Object.keys(other.record)])].sort();
  const history =
    winner.history || other.history ? mergeHistories(winner.history ?? [], other.history ?? []) : undefined;
  for (const field of fields) {
    if (field === 'evidence') {
      record[field] = mergeEvidence(
        (winner.record[field] as Evidence[] | undefined) ?? [],
        (other.record[field] as Evidence[] | undefined) ?? [],
        winner.clock[field],
        other.clock[field],
        history ?? [],
      );
      const stamp = joinStamps(winner.clock[field], other.clock[field]);
      if (stamp) clock[field] = stamp;
      continue;
    }
    const pick = pickField(field, winner, other, found, recordId);
    if (pick.value !== undefined) record[field] = pick.value;
    if (pick.stamp) clock[field] = pick.stamp;
  }
  const deletedOrder = compareStamps(winner.clock['deleted'], other.clock['deleted']);
  const deleted: Deletion | undefined =
    deletedOrder === 'after' || deletedOrder === 'equal'
      ? winner.deleted
      : deletedOrder === 'before'
        ? other.deleted
        : joinDeletions(winner.deleted, other.deleted);
  const deletedStamp = joinStamps(winner.clock['deleted'], other.clock['deleted']);
  if (deletedStamp) clock['deleted'] = deletedStamp;
  const merged: RecordDoc = {
    type: winner.type,
    record,
    clock,
    ...laterMeta(winner, other),
    ...(winner.articleId ? { articleId: winner.articleId } : {}),
    ...(history ? { history } : {}),
    ...(deleted ? { deleted } : {}),
  };
  const rule = found.some((c) => c.field === 'status') ? null : ruleConflict(docId, merged, winner, other);
  if (rule) found.push(rule);
  const order = compareStamps(winner.clock['conflicts'], other.clock['conflicts']);
  const kept =
    order === 'before'
      ? other.conflicts
      : order === 'after'
        ? winner.conflicts
        : unionConflicts(winner.conflicts, other.conflicts);
  const conflicts = unionConflicts(kept, found);
  const conflictsBase =
    order === 'before'
      ? other.clock['conflicts']
      : order === 'after'
        ? winner.clock['conflicts']
        : joinStamps(winner.clock['conflicts'], other.clock['conflicts']);
  const added = found.filter((c) => !(kept ?? []).some((k) => k.id === c.id));
  const stamp = conflictsStamp(
    conflictsBase ?? { v: {}, by: merged.updatedBy, at: merged.updatedAt, machine: merged.machine },
    added,
  );
  if (conflicts.length || conflictsBase || added.length) clock['conflicts'] = stamp;
  if (conflicts.length) merged.conflicts = conflicts;
  return sortKeys(merged);
}

/** Two versions written under one number: the winner's stays, the other is kept whole beside it. */
export function mergeVersionDocs(winner: VersionDoc, other: VersionDoc): VersionDoc {
  const alternatives = new Map<string, Version>();
  for (const version of [other.version, ...(winner.alternatives ?? []), ...(other.alternatives ?? [])]) {
    if (version.sha256 !== winner.version.sha256 && !alternatives.has(version.sha256))
      alternatives.set(version.sha256, version);
  }
  const merged: VersionDoc = { ...winner, ...laterMeta(winner, other) };
  if (alternatives.size)
    merged.alternatives = [...alternatives.values()].sort((x, y) => x.sha256.localeCompare(y.sha256));
  return sortKeys(merged);
}

/** Any two revisions of one document as one; attachments never change, so the winner's stands. */
export function mergeDocs(docId: string, winner: SyncDoc, other: SyncDoc): SyncDoc {
  if (winner.type === 'version' && other.type === 'version') return mergeVersionDocs(winner, other);
  if (
    winner.type === 'attachment' ||
    other.type === 'attachment' ||
    winner.type === 'version' ||
    other.type === 'version'
  )
    return winner;
  return mergeRecordDocs(docId, winner, other);
}
