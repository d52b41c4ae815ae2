import { describe, expect, it } from 'vitest';
import type { Source } from '../../../shared/model';
import { urlKey } from '../../../shared/urls';
import { duplicatesBySource, titleKey } from './duplicates';

const source = (id: string, title: string, url?: string): Source => ({
  id,
  kind: 'web',
  title,
  ...(url ? { url } : {}),
  createdAt: '',
  updatedAt: '',
});

describe('duplicatesBySource', () => {
  it('pairs sources with the same address or the same title, directly only', () => {
    const found = duplicatesBySource([
      source('a', 'Port budget 2025', 'https://www.port.example/budget/'),
      source('b', 'Budget (PDF)', 'http://port.example/budget#p4'),
      source('c', 'Budget'),
      source('d', 'Census tables'),
      source('e', 'Pena interview'),
      source('f', 'Peña interview.'),
    ]);
    const ids = (id: string): string[] => (found.get(id) ?? []).map((s) => s.id);
    expect(ids('a')).toEqual(['b']);
    expect(ids('b')).toEqual(['c', 'a']);
    expect(ids('c')).toEqual(['b']);
    expect(ids('d')).toEqual([]);
    expect(ids('e')).toEqual(['f']);
    expect([...found.keys()].sort()).toEqual(['a', 'b', 'c', 'e', 'f']);
  });

  it('normalises keys', () => {
    expect(urlKey(' HTTPS://www.Example.org/a/ ')).toBe('example.org/a');
    expect(titleKey('The Report (PDF)')).toBe('the report');
  });
});
