import type { Claim } from './model';

/**
 * Text order in the current version; orphaned claims (anchored in an older version) come last.
 * Claims on the same words keep the order they were made in, so every machine of a desk lists them alike.
 */
export function byTextPlace(a: Claim, b: Claim): number {
  const orphaned = (c: Claim): number => Number(c.anchorState === 'orphaned');
  return (
    orphaned(a) - orphaned(b) ||
    a.anchor.start - b.anchor.start ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}
