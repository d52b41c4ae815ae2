import { describe, expect, it } from 'vitest';
import type { Article, Claim, HistoryEvent } from '../../../shared/model';
import { summarize } from './summary';

const AT = '2026-03-01T10:00:00.000Z';

function claim(id: string, history: HistoryEvent[], assignee?: string): Claim {
  return {
    id,
    anchor: { version: 1, start: 0, end: 1, exact: 'x', prefix: '', suffix: '' },
    anchorState: 'current',
    kind: 'other',
    status: 'unchecked',
    notes: '',
    evidence: [],
    history,
    origin: 'manual',
    createdAt: AT,
    updatedAt: AT,
    ...(assignee ? { assignee } : {}),
  };
}

function article(claims: Claim[], trashed: Article['trashedClaims'] = []): Article {
  return {
    id: 'a',
    title: 'A',
    createdAt: AT,
    updatedAt: AT,
    versions: [{ n: 1, text: 'x', format: 'paste', createdAt: AT, sha256: '0' }],
    claims,
    trashedClaims: trashed,
  };
}

describe('the list entry’s desk activity', () => {
  it('names who made the newest claim change, the trash included, and everyone assigned, once each', () => {
    const ruth = claim('c1', [{ at: '2026-03-01T10:05:00.000Z', by: 'Ruth', change: 'created' }], 'Ruth');
    const kwame = claim('c2', [{ at: '2026-03-01T10:07:00.000Z', by: 'Kwame', change: 'status' }], 'Ruth');
    const deleted = {
      ...claim('c3', [{ at: '2026-03-01T10:09:00.000Z', by: 'Amara', change: 'deleted' as const }], 'Zoe'),
      deleted: { at: '2026-03-01T10:09:00.000Z', by: 'Amara' },
    };
    const entry = summarize(article([ruth, kwame, claim('c4', [], 'Ann')], [deleted]));
    expect(entry.updatedBy).toBe('Amara');
    expect(entry.assignees).toEqual(['Ann', 'Ruth']);
  });

  it('says nothing of people when no claim has history or an assignee', () => {
    const entry = summarize(article([claim('c1', [])]));
    expect(entry).not.toHaveProperty('updatedBy');
    expect(entry).not.toHaveProperty('assignees');
  });
});
