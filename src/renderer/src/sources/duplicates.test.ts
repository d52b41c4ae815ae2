import { describe, expect, it } from 'vitest';
import type { Source } from '../../../shared/model';
import { duplicateGroups, titleKey, urlKey } from './duplicates';

const source = (id: string, title: string, url?: string): Source => ({
  id,
  kind: 'web',
  title,
  ...(url ? { url } : {}),
  createdAt: '',
  updatedAt: '',
});

describe('duplicateGroups', () => {
  it('groups sources with the same address or the same title, joining chains', () => {
    const groups = duplicateGroups([
      source('a', 'Port budget 2025', 'https://www.port.example/budget/'),
      source('b', 'Budget (PDF)', 'http://port.example/budget#p4'),
      source('c', 'Budget'),
      source('d', 'Census tables'),
      source('e', 'Pena interview'),
      source('f', 'Peña interview.'),
    ]);
    expect(groups.map((g) => g.map((s) => s.id))).toEqual([
      ['a', 'b', 'c'],
      ['e', 'f'],
    ]);
  });

  it('normalises keys', () => {
    expect(urlKey(' HTTPS://www.Example.org/a/ ')).toBe('example.org/a');
    expect(titleKey('The Report (PDF)')).toBe('the report');
  });
});
