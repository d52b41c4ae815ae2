import { sameContent, sortKeys } from './canonical';
import { contentOf, type Clock, type RecordContent, type RecordDoc } from './doc-layout';
import { bumpStamp, type Writer } from './field-clock';
import { mergeRecordDocs } from './merge-docs';
import type { Stored } from './mirror';

/**
 * A record's local content as a document: the base's clock, with one more change of this machine's
 * on every field that differs from the base (every field when there is no base).
 */
export function stampLocal(local: RecordContent, base: RecordDoc | undefined, writer: Writer): RecordDoc {
  const clock: Clock = { ...(base?.clock ?? {}) };
  const before: Record<string, unknown> = {
    ...(base?.record ?? {}),
    deleted: base?.deleted,
    conflicts: base?.conflicts,
  };
  const after: Record<string, unknown> = { ...local.record, deleted: local.deleted, conflicts: local.conflicts };
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!sameContent(before[field] ?? null, after[field] ?? null)) clock[field] = bumpStamp(clock[field], writer);
  }
  return sortKeys({ ...local, clock, updatedBy: writer.by, machine: writer.machine, updatedAt: writer.at });
}

/**
 * Without a base (the mirror lost it), what this machine holds differently from the desk cannot be
 * placed before or after the desk's change: it is stamped as concurrent with it, so that a field both
 * hold differently becomes a conflict rather than a silent loss.
 */
function stampWithoutBase(local: RecordContent, current: RecordDoc, writer: Writer): RecordDoc {
  const stamped = stampLocal(local, current, writer);
  for (const [field, stamp] of Object.entries(stamped.clock)) {
    if (sameContent(stamp, current.clock[field])) continue;
    stamped.clock[field] = { ...stamp, v: { [writer.machineId]: stamp.v[writer.machineId] ?? 1 } };
  }
  return stamped;
}

/** What to do with one record so that the data folder and the mirror agree. */
export type Outcome =
  /** Both hold the same: remember the revision as the base. */
  | { kind: 'same'; rev: string }
  /** Only this machine changed it: write it to the mirror on top of the current revision. */
  | { kind: 'export'; doc: RecordDoc; parent?: string }
  /** Only the desk changed it: bring the mirror's content into the data folder. */
  | { kind: 'import'; content: RecordContent; rev: string }
  /** Both changed it: write the merge to the mirror, then bring it into the data folder. */
  | { kind: 'merge'; doc: RecordDoc; parent: string }
  | { kind: 'none' };

export interface RecordState {
  /** The record in the data folder, as a document's content; undefined when this machine has no say. */
  local?: RecordContent;
  current?: Stored<RecordDoc>;
  /** The revision the data folder last matched, and its body when the mirror still has it. */
  baseRev?: string;
  base?: RecordDoc;
}

/**
 * Decides one record. The base (the revision the data folder last matched) tells who changed what:
 * only this machine (export), only the desk (import), or both (merge, exactly as two revisions in
 * conflict are merged).
 */
export function reconcileRecord(docId: string, state: RecordState, writer: Writer): Outcome {
  const { local, current } = state;
  if (!current) return local ? { kind: 'export', doc: stampLocal(local, undefined, writer) } : { kind: 'none' };
  if (!local) return { kind: 'import', content: contentOf(current.doc), rev: current.rev };
  if (sameContent(local, contentOf(current.doc))) return { kind: 'same', rev: current.rev };
  if (state.baseRev === current.rev)
    return { kind: 'export', doc: stampLocal(local, current.doc, writer), parent: current.rev };
  if (state.base && sameContent(local, contentOf(state.base)))
    return { kind: 'import', content: contentOf(current.doc), rev: current.rev };
  const mine = state.base ? stampLocal(local, state.base, writer) : stampWithoutBase(local, current.doc, writer);
  return { kind: 'merge', doc: mergeRecordDocs(docId, current.doc, mine), parent: current.rev };
}
