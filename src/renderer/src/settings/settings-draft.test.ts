import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/model';
import { changesOf, draftOf, draftProblems } from './settings-draft';

const settings: Settings = { editorName: 'Rosa Ortiz', importLimitMb: 40, deskMembers: ['Bo Lindqvist', 'Ana Ruiz'] };

describe('the Settings dialog’s draft', () => {
  it('starts from the stored settings and sends them back unchanged', () => {
    const draft = draftOf(settings);
    expect(draft).toMatchObject({ name: 'Rosa Ortiz', limit: '40' });
    expect(changesOf(draft)).toMatchObject({ editorName: 'Rosa Ortiz', importLimitMb: 40 });
  });

  it('never sends the desk’s members: Settings → Desk keeps them, so a stale draft cannot undo its edits', () => {
    expect(changesOf(draftOf(settings))).not.toHaveProperty('deskMembers');
  });

  it('names what stops a save: an empty name, a limit out of range', () => {
    expect(draftProblems(draftOf(settings))).toEqual({});
    const bad = { ...draftOf(settings), name: '  ', limit: '0' };
    expect(Object.keys(draftProblems(bad))).toEqual(['name', 'limit']);
    expect(draftProblems({ ...draftOf(settings), limit: '2.5' }).limit).toMatch(/whole number/);
  });
});
