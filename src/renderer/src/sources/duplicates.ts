import type { Source } from '../../../shared/model';
import { fold } from '../../../shared/text-fold';

/** An address without scheme, "www.", trailing slash or fragment: the same page written two ways. */
export function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '');
}

/** A title without case, accents, punctuation or a trailing "(PDF)"-style note. */
export function titleKey(title: string): string {
  return fold(title)
    .replace(/\((pdf|html|web|online|copy)\)\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Groups of sources that look like one source entered twice: the same address or the same title.
 * A source is in at most one group (groups that share a source are joined).
 */
export function duplicateGroups(sources: readonly Source[]): Source[][] {
  const parent = new Map<string, string>(sources.map((s) => [s.id, s.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const firstByKey = new Map<string, string>();
  for (const source of sources) {
    const keys = [`t:${titleKey(source.title)}`];
    if (source.url) keys.push(`u:${urlKey(source.url)}`);
    for (const key of keys) {
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, source.id);
      else parent.set(root(source.id), root(first));
    }
  }
  const groups = new Map<string, Source[]>();
  for (const source of sources) {
    const r = root(source.id);
    groups.set(r, [...(groups.get(r) ?? []), source]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
