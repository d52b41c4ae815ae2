import type { Change } from '../../../shared/model';

/** A short revision for the compare tests: a paragraph moved and reworded, a phrase put in, one replaced. */
export const OLD = [
  'Senator Okafor told a Senate committee on Tuesday that the agency ignored warnings.',
  'The agency spent $4.2 billion on contractors in 2008, according to the inspector general.',
  'The committee votes next month.',
  'A spokesman declined to comment.',
].join('\n\n');

export const NEW = [
  'The agency spent $4.2 billion on contractors in 2008, after a months-long investigation, according to the inspector general.',
  'Senator Okafor told the Senate intelligence committee on Tuesday that the agency ignored warnings.',
  'The committee votes next month.',
  'Earlier this year, the agency replaced its procurement chief.',
].join('\n\n');

/** The comparison of OLD and NEW as the core's compareTexts gives it. */
export const CHANGES: Change[] = [
  { op: 'equal', old: [85, 139], new: [0, 54] },
  { op: 'insert', old: [139, 139], new: [54, 89] },
  { op: 'equal', old: [139, 176], new: [89, 126] },
  { op: 'move', old: [0, 20], new: [126, 146], moved: true },
  { op: 'replace', old: [20, 21], new: [146, 149], moved: true },
  { op: 'move', old: [21, 29], new: [149, 157], moved: true },
  { op: 'insert', old: [29, 29], new: [157, 170], moved: true },
  { op: 'move', old: [29, 85], new: [170, 226], moved: true },
  { op: 'equal', old: [176, 209], new: [226, 259] },
  { op: 'delete', old: [209, 241], new: [259, 259] },
  { op: 'insert', old: [209, 209], new: [259, 320] },
];
