import type { PastCheck, PastCheckImportSummary } from '../../../shared/past-checks';

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** An import's outcome in one sentence: what was added, what was there already, what was left out. */
export function importSummaryText(summary: PastCheckImportSummary): string {
  const parts = [
    `${count(summary.added, 'fact-check', 'fact-checks')} added`,
    `${count(summary.duplicates, 'duplicate', 'duplicates')} skipped`,
  ];
  if (summary.problems.length > 0) parts.push(`${count(summary.problems.length, 'item', 'items')} left out`);
  return `${summary.fileName}: ${parts.join(', ')}.`;
}

/** Who checked it and when, as a row's second line shows it. */
export function pastCheckMeta(item: PastCheck): string {
  const date = item.reviewDate ?? item.claimDate;
  const who =
    item.origin === 'desk'
      ? item.publisher
        ? `${item.publisher} (this desk)`
        : 'This desk'
      : (item.publisher ?? 'Unknown publisher');
  return [who, date, item.claimant ? `claim by ${item.claimant}` : undefined].filter(Boolean).join(' · ');
}

/** How the status was found, for the rating's tooltip. */
export function mappedByText(item: PastCheck): string {
  switch (item.rating.mappedBy) {
    case 'label':
      return 'Status from the rating mapping';
    case 'scale':
      return `Status from the rating ${item.rating.value ?? ''} on a scale of ${item.rating.worst ?? 1} to ${item.rating.best ?? 5}`;
    case 'fallback':
      return 'No mapping for this label: the fallback status';
    case 'desk':
      return "The desk's own status";
  }
}
