import { describe, expect, it } from 'vitest';
import type { PastCheck } from '../../../shared/past-checks';
import { importSummaryText, mappedByText, pastCheckMeta } from './past-check-text';

const ITEM: PastCheck = {
  id: 'pc-1',
  origin: 'imported',
  claim: 'Fares rose.',
  publisher: 'Harbour Checks',
  reviewDate: '2024-03-05',
  claimant: 'Jane Doe',
  rating: { label: '2', value: 2, best: 5, worst: 1, status: 'false', mappedBy: 'scale' },
};

describe('past fact-check wording', () => {
  it('sums up an import', () => {
    const summary = { fileName: 'f.json', read: 3, added: 1, duplicates: 2, problems: [{ item: 4, message: 'x' }] };
    expect(importSummaryText(summary)).toBe('f.json: 1 fact-check added, 2 duplicates skipped, 1 item left out.');
    expect(importSummaryText({ ...summary, added: 2, duplicates: 1, problems: [] })).toBe(
      'f.json: 2 fact-checks added, 1 duplicate skipped.',
    );
  });

  it('says who checked what when, and how the status was found', () => {
    expect(pastCheckMeta(ITEM)).toBe('Harbour Checks · 2024-03-05 · claim by Jane Doe');
    expect(pastCheckMeta({ ...ITEM, origin: 'desk', publisher: undefined, claimant: undefined })).toBe(
      'This desk · 2024-03-05',
    );
    expect(mappedByText(ITEM)).toBe('Status from the rating 2 on a scale of 1 to 5');
  });
});
