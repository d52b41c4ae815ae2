import type { ArticleSummary } from '../../../shared/model';
import { fold } from '../../../shared/text-fold';

/** Whom a list shows: everyone's work, the editor's own, unassigned work, or one person's. */
export type PersonFilter = 'any' | 'me' | 'nobody' | { name: string };

export const samePerson = (a: string, b: string): boolean => fold(a.trim()) === fold(b.trim());

/**
 * The desk's people as assignees: the members in the desk settings, the editor, and everyone work is
 * already assigned to (a name from before the members list, or from another machine), each once,
 * in alphabetical order.
 */
export function deskPeople(parts: {
  members?: readonly string[];
  me?: string;
  assigned?: readonly (string | undefined)[];
}): string[] {
  const people: string[] = [];
  for (const name of [...(parts.members ?? []), parts.me ?? '', ...(parts.assigned ?? [])]) {
    const trimmed = name?.trim();
    if (trimmed && !people.some((p) => samePerson(p, trimmed))) people.push(trimmed);
  }
  return people.sort((a, b) => a.localeCompare(b));
}

/** Whether someone assigned to `assignees` is whom the filter asks for. */
export function personMatches(assignees: readonly string[], wanted: PersonFilter, me: string): boolean {
  if (wanted === 'any') return true;
  if (wanted === 'nobody') return assignees.length === 0;
  const name = wanted === 'me' ? me : wanted.name;
  return assignees.some((a) => samePerson(a, name));
}

/** The articles with work for the person the filter names (the list entries carry their assignees). */
export function articlesFor(articles: readonly ArticleSummary[], wanted: PersonFilter, me: string): ArticleSummary[] {
  return articles.filter((a) => personMatches(a.assignees ?? [], wanted, me));
}

/** Person filters as one string each, for a select's value. */
export function personValue(filter: PersonFilter): string {
  return typeof filter === 'string' ? filter : `name:${filter.name}`;
}

export function personFrom(value: string): PersonFilter {
  if (value.startsWith('name:')) return { name: value.slice(5) };
  return value === 'me' || value === 'nobody' ? value : 'any';
}
