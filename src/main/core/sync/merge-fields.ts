import type { Deletion, Evidence, HistoryEvent } from '../../../shared/model';
import type { ConflictValue, FieldConflict } from '../../../shared/sync';
import { canonicalJson, sameContent, shortHash } from './canonical';
import type { FieldStamp } from './doc-layout';
import { compareStamps, mergeVectors } from './field-clock';

/** A field's value as a conflict shows it: text as it is, anything else as JSON, nothing as ''. */
export function conflictText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : canonicalJson(value);
}

export function conflictValue(value: unknown, stamp: FieldStamp | undefined): ConflictValue {
  return {
    value: conflictText(value),
    by: stamp?.by ?? '',
    at: stamp?.at ?? '',
    ...(stamp?.machine ? { machine: stamp.machine } : {}),
  };
}

/** The same conflict gets the same id on every machine: the record, the field and the values. */
export function newConflict(recordId: string, field: string, values: ConflictValue[]): FieldConflict {
  const sorted = [...values].sort(
    (x, y) =>
      x.at.localeCompare(y.at) || (x.machine ?? '').localeCompare(y.machine ?? '') || x.value.localeCompare(y.value),
  );
  return {
    id: `${recordId}~${shortHash(canonicalJson({ recordId, field, values: sorted }), 12)}`,
    field,
    values: sorted,
  };
}

/**
 * A new conflict counts as a change of the record's list of conflicts, made by no machine: a vector
 * entry named after the conflict, the same on every machine. A machine that never saw the conflict
 * then cannot drop it, and resolving it (one more change of its own) outranks it.
 */
export function conflictsStamp(base: FieldStamp, added: FieldConflict[]): FieldStamp {
  if (added.length === 0) return base;
  const extra = Object.fromEntries(added.map((c) => [`~${c.id}`, 1]));
  return { ...base, v: mergeVectors(base.v, extra) };
}

/** Both lists of unresolved conflicts, each once, in id order. */
export function unionConflicts(a: FieldConflict[] = [], b: FieldConflict[] = []): FieldConflict[] {
  const byId = new Map<string, FieldConflict>();
  for (const conflict of [...a, ...b]) if (!byId.has(conflict.id)) byId.set(conflict.id, conflict);
  return [...byId.values()].sort((x, y) => x.id.localeCompare(y.id));
}

/** The later of two stamps' person and time, on the merged vector. */
export function joinStamps(a: FieldStamp | undefined, b: FieldStamp | undefined): FieldStamp | undefined {
  if (!a || !b) return a ?? b;
  const later = b.at > a.at ? b : a;
  return { ...later, v: mergeVectors(a.v, b.v) };
}

/** A trash marker changed on both sides: kept in the trash (nothing is lost there), the earlier deletion. */
export function joinDeletions(a: Deletion | undefined, b: Deletion | undefined): Deletion | undefined {
  if (!a || !b) return a ?? b;
  return a.at <= b.at ? a : b;
}

/**
 * Evidence is a set: each piece is kept unless the merged history's last word about it is that it
 * was unlinked. A piece changed on both sides (its source was merged) takes the newer side's form.
 */
export function mergeEvidence(
  winner: Evidence[],
  other: Evidence[],
  winnerStamp: FieldStamp | undefined,
  otherStamp: FieldStamp | undefined,
  history: readonly HistoryEvent[],
): Evidence[] {
  const lastWord = new Map<string, HistoryEvent['change']>();
  for (const event of history) {
    if ((event.change === 'evidence-added' || event.change === 'evidence-removed') && event.evidence)
      lastWord.set(event.evidence.id, event.change);
  }
  const otherWins = compareStamps(winnerStamp, otherStamp) === 'before';
  const others = new Map(other.map((e) => [e.id, e]));
  const merged: Evidence[] = [];
  for (const piece of winner) {
    const theirs = others.get(piece.id);
    merged.push(theirs && otherWins && !sameContent(theirs, piece) ? theirs : piece);
  }
  const seen = new Set(winner.map((e) => e.id));
  for (const piece of other) if (!seen.has(piece.id)) merged.push(piece);
  const onlyOneSide = (id: string): boolean => !seen.has(id) || !others.has(id);
  return merged.filter((piece) => !(onlyOneSide(piece.id) && lastWord.get(piece.id) === 'evidence-removed'));
}
