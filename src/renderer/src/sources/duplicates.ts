import type { Source } from '../../../shared/model';
import { fold } from '../../../shared/text-fold';
import { urlKey } from '../../../shared/urls';

/** A title without case, accents, punctuation or a trailing "(PDF)"-style note. */
export function titleKey(title: string): string {
  return fold(title)
    .replace(/\((pdf|html|web|online|copy)\)\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * For each source that looks entered twice, the others that share its address or its title. Only
 * direct matches count: "Budget" and "Port budget" are not joined through a third entry like both.
 */
export function duplicatesBySource(sources: readonly Source[]): Map<string, Source[]> {
  const byKey = new Map<string, Source[]>();
  const keysOf = (s: Source): string[] => [`t:${titleKey(s.title)}`, ...(s.url ? [`u:${urlKey(s.url)}`] : [])];
  for (const source of sources) {
    for (const key of keysOf(source)) byKey.set(key, [...(byKey.get(key) ?? []), source]);
  }
  const result = new Map<string, Source[]>();
  for (const source of sources) {
    const others = new Map<string, Source>();
    for (const key of keysOf(source)) {
      for (const other of byKey.get(key) ?? []) if (other.id !== source.id) others.set(other.id, other);
    }
    if (others.size > 0) result.set(source.id, [...others.values()]);
  }
  return result;
}
