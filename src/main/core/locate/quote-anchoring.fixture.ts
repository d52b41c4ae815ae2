/**
 * A source document written for the quote-anchoring tests: the record of a (made-up) harbour board
 * hearing, with curly quotation marks, dashes, accents, a repeated sentence in two places and figures
 * that differ by one digit. Nothing here is quoted from a real record.
 */
export const HEARING_RECORD = [
  'Record of the Harbour Board hearing on the Eastern Breakwater, 14 March',
  'The chair, Ingrid Solberg, opened the hearing at 9:30 and read the notice aloud. The committee heard ' +
    'testimony from the harbour master, Tomás Ibáñez, who said the breakwater had lost about 12 percent ' +
    'of its armour stone since the winter storms. “We patched what we could reach from the water,” Ibáñez ' +
    'said, “but the seaward face needs cranes — and cranes need a dry month.”',
  'Members asked whether the repairs could wait until the autumn. The engineer, Dr. Amara Osei, told them ' +
    'that another season of storms could double the damage, and that the cost estimate of 4.2 million had ' +
    'been drawn up before steel prices rose. The motion to fund the survey carried by a vote of five to two.',
  'In the afternoon the board turned to the ferry terminal. Residents of the north shore complained that ' +
    'the evening sailings had been cut from six to four without notice, and that the e-mail announcing the ' +
    'change reached them two days after it took effect. The motion to restore the evening sailings carried ' +
    'by a vote of five to two.',
  'Before closing, the chair thanked the public for attending and said the board would publish the ' +
    'engineer’s survey within thirty days. The hearing closed at 16:05. Minutes were taken by the clerk, ' +
    'Noor Haddad, and approved without amendment at the following sitting.',
].join('\n\n');

/** A passage of HEARING_RECORD: its words as they stand there, and where. */
export function passage(words: string): { start: number; end: number } {
  const start = HEARING_RECORD.indexOf(words);
  if (start < 0 || HEARING_RECORD.indexOf(words, start + 1) >= 0) {
    throw new Error(`The fixture does not hold "${words}" exactly once.`);
  }
  return { start, end: start + words.length };
}

/** The sentence that the record holds twice, after the survey motion and after the ferry motion. */
export const REPEATED = 'carried by a vote of five to two.';

/** The long quote the tests bend: the harbour master's testimony. */
export const TESTIMONY =
  'The committee heard testimony from the harbour master, Tomás Ibáñez, who said the breakwater had lost ' +
  'about 12 percent of its armour stone since the winter storms.';

/**
 * Words for random documents (property test): a small vocabulary, so that every word recurs often and
 * only the order of the words tells one passage from another.
 */
export const VOCABULARY = (
  'the board harbour ferry breakwater repairs storm winter survey cost million vote motion members ' +
  'residents engineer chair clerk terminal sailings evening notice damage stone water cranes month ' +
  'season steel prices public minutes hearing said would could after before since about more than'
).split(' ');
