import type { Comparison } from '../../../shared/model';
import { changeEntries, type ChangeEntry } from './change-entries';
import { columnLayout, type ShownColumns } from './column-layout';
import { inlineBlocks, sideBySideBlocks } from './diff-blocks';

interface Worked {
  oldText: string;
  newText: string;
  inline?: ShownColumns;
  side?: ShownColumns;
  entries?: ChangeEntry[];
}

/**
 * What has been worked out for each comparison in the query cache, so that opening it again and
 * switching layouts draw at once. Held weakly: it goes when the cache lets go of the comparison.
 */
const worked = new WeakMap<Comparison, Worked>();

function workedFor(comparison: Comparison, oldText: string, newText: string): Worked {
  let found = worked.get(comparison);
  if (!found || found.oldText !== oldText || found.newText !== newText) {
    found = { oldText, newText };
    worked.set(comparison, found);
  }
  return found;
}

/** The columns of one layout of a comparison: the inline text, or the two versions side by side. */
export function shownColumns(
  comparison: Comparison,
  oldText: string,
  newText: string,
  layout: 'inline' | 'side',
): ShownColumns {
  const found = workedFor(comparison, oldText, newText);
  const count = comparison.changes.length;
  if (layout === 'inline') {
    found.inline ??= { inline: columnLayout(inlineBlocks(oldText, newText, comparison.changes), count) };
    return found.inline;
  }
  if (!found.side) {
    const { left, right } = sideBySideBlocks(oldText, newText, comparison.changes);
    found.side = { left: columnLayout(left, count), right: columnLayout(right, count) };
  }
  return found.side;
}

/** The change list's entries of a comparison. */
export function entriesOf(comparison: Comparison, oldText: string, newText: string): ChangeEntry[] {
  const found = workedFor(comparison, oldText, newText);
  found.entries ??= changeEntries(comparison.changes, oldText, newText);
  return found.entries;
}
