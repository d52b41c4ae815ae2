import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/model';
import { changesOf, draftOf, draftProblems, membersOf } from './settings-draft';

const settings: Settings = { editorName: 'Rosa Ortiz', importLimitMb: 40, deskMembers: ['Bo Lindqvist', 'Ana Ruiz'] };

describe('the Settings dialog’s draft', () => {
  it('starts from the stored settings, one desk member a line', () => {
    const draft = draftOf(settings);
    expect(draft).toMatchObject({ name: 'Rosa Ortiz', limit: '40', members: 'Bo Lindqvist\nAna Ruiz' });
    expect(changesOf(draft)).toMatchObject({
      editorName: 'Rosa Ortiz',
      importLimitMb: 40,
      deskMembers: ['Bo Lindqvist', 'Ana Ruiz'],
    });
  });

  it('reads the members typed: trimmed, each once, no empty lines', () => {
    expect(membersOf('  Bo Lindqvist \n\nAna Ruiz\nBo Lindqvist\n  \n')).toEqual(['Bo Lindqvist', 'Ana Ruiz']);
    expect(membersOf('')).toEqual([]);
  });

  it('names what stops a save: an empty name, a limit out of range', () => {
    expect(draftProblems(draftOf(settings))).toEqual({});
    const bad = { ...draftOf(settings), name: '  ', limit: '0' };
    expect(Object.keys(draftProblems(bad))).toEqual(['name', 'limit']);
    expect(draftProblems({ ...draftOf(settings), limit: '2.5' }).limit).toMatch(/whole number/);
  });
});
