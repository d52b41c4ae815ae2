import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/model';
import { claimContent, sourceContent, type RecordDoc, type VersionDoc } from './doc-layout';
import type { Writer } from './field-clock';
import { mergeRecordDocs, mergeVersionDocs } from './merge-docs';
import { stampLocal } from './reconcile';

const ID = 'claim:a1:a1-c1';
const writer = (machineId: string, at: string): Writer => ({
  machineId,
  machine: machineId,
  by: `Ed ${machineId}`,
  at,
});

const claim: Claim = {
  id: 'a1-c1',
  anchor: { version: 1, start: 0, end: 5, exact: 'Rents', prefix: '', suffix: ' rose' },
  anchorState: 'current',
  kind: 'statistic',
  status: 'unchecked',
  notes: '',
  evidence: [],
  history: [{ at: '2026-01-01T00:00:00.000Z', by: 'Ann', change: 'created', to: 'unchecked' }],
  origin: 'manual',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** The common revision, and each machine's change of it, as their documents would hold them. */
function fork(onA: Partial<Claim>, onB: Partial<Claim>): { a: RecordDoc; b: RecordDoc } {
  const base = stampLocal(claimContent('a1', claim), undefined, writer('m0', '2026-01-01T00:00:00.000Z'));
  const a = stampLocal(claimContent('a1', { ...claim, ...onA }), base, writer('mA', '2026-01-02T00:00:00.000Z'));
  const b = stampLocal(claimContent('a1', { ...claim, ...onB }), base, writer('mB', '2026-01-03T00:00:00.000Z'));
  return { a, b };
}

describe('mergeRecordDocs', () => {
  it('takes each side’s change to a different field, without a conflict', () => {
    const { a, b } = fork({ notes: 'Table 3.' }, { assignee: 'Ben' });
    const merged = mergeRecordDocs(ID, a, b);
    expect(merged.record).toMatchObject({ notes: 'Table 3.', assignee: 'Ben' });
    expect(merged.conflicts).toBeUndefined();
    expect(mergeRecordDocs(ID, b, a).record).toEqual(merged.record);
  });

  it('keeps the winner’s value of a field both changed, with a conflict naming both values, who and where', () => {
    const { a, b } = fork({ kind: 'quote' }, { kind: 'comparison' });
    const merged = mergeRecordDocs(ID, a, b);
    expect(merged.record['kind']).toBe('quote');
    expect(merged.conflicts).toEqual([
      {
        id: expect.stringMatching(/^a1-c1~[0-9a-f]{12}$/),
        field: 'kind',
        values: [
          { value: 'quote', by: 'Ed mA', at: '2026-01-02T00:00:00.000Z', machine: 'mA' },
          { value: 'comparison', by: 'Ed mB', at: '2026-01-03T00:00:00.000Z', machine: 'mB' },
        ],
      },
    ]);
    // The same conflict, whichever machine merges: the same id.
    expect(mergeRecordDocs(ID, a, b).conflicts).toEqual(merged.conflicts);
  });

  it('does not count the same value set on both sides as a conflict', () => {
    const { a, b } = fork({ notes: 'Same.' }, { notes: 'Same.' });
    expect(mergeRecordDocs(ID, a, b).conflicts).toBeUndefined();
  });

  it('keeps a conflict through a later edit from a third machine that never saw it', () => {
    const { a, b } = fork({ kind: 'quote' }, { kind: 'comparison' });
    const merged = mergeRecordDocs(ID, a, b);
    const third = stampLocal(
      { ...claimContent('a1', { ...claim, kind: 'quote', notes: 'From C.' }) },
      a,
      writer('mC', '2026-01-04T00:00:00.000Z'),
    );
    const again = mergeRecordDocs(ID, third, merged);
    expect(again.conflicts?.map((c) => c.field)).toEqual(['kind']);
    expect(again.record['notes']).toBe('From C.');
  });

  it('lets the later edit of a source stand, without a conflict', () => {
    const source = { id: 's1', kind: 'web' as const, title: 'Board', createdAt: 'x', updatedAt: 'x' };
    const base = stampLocal(sourceContent(source), undefined, writer('m0', '2026-01-01T00:00:00.000Z'));
    const a = stampLocal(
      sourceContent({ ...source, title: 'Board A' }),
      base,
      writer('mA', '2026-01-05T00:00:00.000Z'),
    );
    const b = stampLocal(
      sourceContent({ ...source, title: 'Board B' }),
      base,
      writer('mB', '2026-01-03T00:00:00.000Z'),
    );
    for (const merged of [mergeRecordDocs('source:s1', a, b), mergeRecordDocs('source:s1', b, a)]) {
      expect(merged.record['title']).toBe('Board A');
      expect(merged.conflicts).toBeUndefined();
    }
  });
});

describe('mergeVersionDocs', () => {
  it('keeps the other machine’s version under the same number whole, beside the winner’s', () => {
    const version = (text: string, sha256: string): VersionDoc => ({
      type: 'version',
      articleId: 'a1',
      version: { n: 2, text, format: 'paste', createdAt: 'x', sha256 },
      updatedBy: 'Ann',
      machine: 'm',
      updatedAt: 'x',
    });
    const merged = mergeVersionDocs(version('Winner', 'aa'), version('Other', 'bb'));
    expect(merged.version.text).toBe('Winner');
    expect(merged.alternatives?.map((v) => v.text)).toEqual(['Other']);
  });
});
