import type { HistoryEvent } from '../../../shared/model';
import { canonicalJson, shortHash } from './canonical';

interface KeyedEvent {
  key: string;
  event: HistoryEvent;
  /** The key of the event an undo reverses (indices change when histories merge; keys do not). */
  undoesKey?: string;
}

/** Each event's identity: its content, with an undo naming the event it reverses rather than its index. */
function keyed(history: readonly HistoryEvent[]): KeyedEvent[] {
  const out: KeyedEvent[] = [];
  for (const event of history) {
    const { undoes, ...rest } = event;
    const undoesKey = undoes === undefined ? undefined : out[undoes]?.key;
    const key = shortHash(`${canonicalJson(rest)}|${undoesKey ?? ''}`, 32);
    out.push(undoesKey === undefined ? { key, event } : { key, event, undoesKey });
  }
  return out;
}

function earlier(a: KeyedEvent, b: KeyedEvent): boolean {
  return a.event.at < b.event.at || (a.event.at === b.event.at && a.key < b.key);
}

/**
 * Both histories whole, each event once, in an order that keeps each side's own order: the events
 * both have are the common past; events only one side has are placed by time. The result does not
 * depend on which side is given first, so every machine merges to the same history.
 */
export function mergeHistories(a: readonly HistoryEvent[], b: readonly HistoryEvent[]): HistoryEvent[] {
  const left = keyed(a);
  const right = keyed(b);
  const inLeft = new Set(left.map((e) => e.key));
  const inRight = new Set(right.map((e) => e.key));
  const done = new Set<string>();
  const merged: KeyedEvent[] = [];
  let i = 0;
  let j = 0;
  const take = (event: KeyedEvent): void => {
    done.add(event.key);
    merged.push(event);
  };
  for (;;) {
    while (i < left.length && done.has(left[i]!.key)) i++;
    while (j < right.length && done.has(right[j]!.key)) j++;
    const x = left[i];
    const y = right[j];
    if (!x && !y) break;
    if (!y || !x) {
      take((x ?? y)!);
      continue;
    }
    if (x.key === y.key) {
      take(x);
      continue;
    }
    const xLater = inRight.has(x.key);
    const yLater = inLeft.has(y.key);
    if (xLater && !yLater) take(y);
    else if (yLater && !xLater) take(x);
    else take(earlier(x, y) ? x : y);
  }
  const index = new Map(merged.map((e, n) => [e.key, n]));
  return merged.map(({ event, undoesKey }) => {
    const rest = { ...event };
    delete rest.undoes;
    const target = undoesKey === undefined ? undefined : index.get(undoesKey);
    return target === undefined ? rest : { ...rest, undoes: target };
  });
}
