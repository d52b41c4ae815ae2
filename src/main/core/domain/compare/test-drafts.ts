import fc from 'fast-check';

/** Short paragraphs shared by the compare and re-anchoring tests. */
export const P1 = 'The council approved the budget on Tuesday. It passed 7 to 2.';
export const P2 = 'Turnout was 49 percent, the mayor said. That is a record.';
export const P3 = 'Critics said the vote was rushed.';
export const P4 = 'The next meeting is in March.';

/** Paragraphs → a draft (one blank line between them). */
export const join = (...paragraphs: string[]): string => paragraphs.join('\n\n');

/** Words for generated drafts: figures, a name, an accent and an emoji (a surrogate pair). */
export const draftWord = fc.constantFrom(
  'the',
  'council',
  'voted',
  '49',
  'percent',
  'Mayor',
  'Ruiz',
  'said',
  '3.5',
  'million',
  'é',
  '🎉',
  'on',
);
