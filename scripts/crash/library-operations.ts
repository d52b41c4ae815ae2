import { planned, type PlannedOperation } from './planned-operation';
import type { Expectations } from './expectations';
import { keys } from './stored-keys';

/** Operations on the library as a whole (sources, settings, snapshots), for the crash workload. */

/** A small text file, different each time: written durably to attachments/ before the source lists it. */
export function attachFile(seq: number, sourceId: string): PlannedOperation {
  const text = `Transcript ${seq}\n${'The council met on Tuesday. '.repeat(1 + (seq % 40))}`;
  return planned({
    seq,
    method: 'sources.attach',
    payload: { sourceId, fileName: `transcript-${seq}.txt`, dataBase64: Buffer.from(text).toString('base64') },
    writes: [],
  });
}

/** A snapshot by hand: a listed snapshot must always read back whole (checked after each kill). */
export function backUp(seq: number): PlannedOperation {
  return { seq, method: 'backups.create', payload: {}, writes: [] };
}

/** A new source; once acknowledged, `known` learns its id. */
export function createSource(seq: number, expectations: Expectations, known: Set<string>): PlannedOperation {
  return planned({
    seq,
    method: 'sources.create',
    payload: { kind: 'web', title: `Source ${seq}`, url: `https://example.org/${seq}` },
    writes: [],
    learn: (source) => {
      known.add(source.id);
      expectations.settle(keys.sourceTitle(source.id), source.title);
    },
  });
}

export function updateSource(seq: number, sourceId: string): PlannedOperation {
  const title = `Source ${seq}`;
  return planned({
    seq,
    method: 'sources.update',
    payload: { id: sourceId, title },
    writes: [{ key: keys.sourceTitle(sourceId), value: title }],
  });
}

export function updateSettings(seq: number): PlannedOperation {
  const editorName = `Editor ${seq}`;
  return planned({
    seq,
    method: 'settings.update',
    payload: { editorName },
    writes: [{ key: keys.editorName, value: editorName }],
  });
}
