import type { FieldStamp } from './doc-layout';

export type Order = 'equal' | 'after' | 'before' | 'concurrent';

/**
 * Version vectors per field: each machine counts its own changes to the field. A vector that is at
 * least the other's everywhere saw every change the other saw, so its value replaces the other's;
 * when each has a change the other has not seen, the two edits were concurrent: a conflict.
 */
export function compareVectors(a: Record<string, number>, b: Record<string, number>): Order {
  let aAhead = false;
  let bAhead = false;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key] ?? 0;
    const y = b[key] ?? 0;
    if (x > y) aAhead = true;
    if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  return aAhead ? 'after' : bAhead ? 'before' : 'equal';
}

export function mergeVectors(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const merged: Record<string, number> = { ...a };
  for (const [key, count] of Object.entries(b)) merged[key] = Math.max(merged[key] ?? 0, count);
  return Object.fromEntries(Object.entries(merged).sort(([x], [y]) => x.localeCompare(y)));
}

export function compareStamps(a: FieldStamp | undefined, b: FieldStamp | undefined): Order {
  return compareVectors(a?.v ?? {}, b?.v ?? {});
}

export interface Writer {
  /** Unique per data folder: the key of this machine's counters. */
  machineId: string;
  /** This machine's name, shown to people. */
  machine: string;
  by: string;
  at: string;
}

/** The stamp of a field this machine has just changed: one more change of its own, after `previous`. */
export function bumpStamp(previous: FieldStamp | undefined, writer: Writer): FieldStamp {
  const v = { ...(previous?.v ?? {}) };
  v[writer.machineId] = (v[writer.machineId] ?? 0) + 1;
  return { v: mergeVectors(v, {}), by: writer.by, at: writer.at, machine: writer.machine };
}
