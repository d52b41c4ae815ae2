import { describe, expect, it } from 'vitest';
import type { LocateResult, LocatedExcerpt } from '../../../shared/locate';
import { AppError } from '../app-error';
import { buildLocatorIndex, locateExcerpt, locateIn } from './locate';
import { HEARING_RECORD, passage, REPEATED, TESTIMONY } from './quote-anchoring.fixture';

function found(result: LocateResult): LocatedExcerpt {
  if (result.kind === null) throw new Error('Expected the excerpt to be found, got { kind: null }.');
  return result;
}

/** The excerpt was found approximately, within `slack` characters of the passage at each end. */
function expectNear(result: LocateResult, words: string, slack = 3): LocatedExcerpt {
  const at = found(result);
  const expected = passage(words);
  expect(at.kind).toBe('approximate');
  expect(Math.abs(at.start - expected.start)).toBeLessThanOrEqual(slack);
  expect(Math.abs(at.end - expected.end)).toBeLessThanOrEqual(slack);
  expect(at.text).toBe(HEARING_RECORD.slice(at.start, at.end));
  return at;
}

const locate = (excerpt: string, options = {}): LocateResult => locateExcerpt(HEARING_RECORD, excerpt, options);

describe('locating an excerpt exactly', () => {
  it('finds the exact words, with offsets into the text and score 1', () => {
    const words = 'the cost estimate of 4.2 million had been drawn up before steel prices rose.';
    expect(locate(words)).toEqual({ kind: 'exact', ...passage(words), score: 1, text: words });
  });

  it('ignores spaces around the excerpt', () => {
    const words = 'The hearing closed at 16:05.';
    expect(found(locate(`  ${words}\n`))).toMatchObject({ kind: 'exact', ...passage(words) });
  });

  it('takes the first of repeated passages when no context is given', () => {
    const first = HEARING_RECORD.indexOf(REPEATED);
    expect(found(locate(REPEATED)).start).toBe(first);
  });

  it('takes the repeated passage whose prefix matches', () => {
    const second = HEARING_RECORD.lastIndexOf(REPEATED);
    expect(second).toBeGreaterThan(HEARING_RECORD.indexOf(REPEATED));
    const result = found(locate(REPEATED, { prefix: 'The motion to restore the evening sailings ' }));
    expect(result).toMatchObject({ kind: 'exact', start: second, end: second + REPEATED.length });
  });

  it('takes the repeated passage whose suffix matches, even a loosely typed one', () => {
    const second = HEARING_RECORD.lastIndexOf(REPEATED);
    expect(found(locate(REPEATED, { suffix: '\n\nbefore closing the chair thankd' })).start).toBe(second);
    const first = HEARING_RECORD.indexOf(REPEATED);
    expect(found(locate(REPEATED, { suffix: ' In the afternoon, the board' })).start).toBe(first);
  });

  it('picks by context among hundreds of repeats, the context typed loosely', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Sitting ${i} closed at noon. The motion carried.`).join('\n');
    const wanted = text.indexOf('Sitting 217 closed') + 'Sitting 217 closed at noon. '.length;
    const result = found(locateExcerpt(text, 'The motion carried.', { prefix: 'siting 217 closed, at noon' }));
    expect(result).toMatchObject({ kind: 'exact', start: wanted });
    const bySuffix = found(locateExcerpt(text, 'The motion carried.', { suffix: 'Sitting 218 closed' }));
    expect(bySuffix.start).toBe(wanted);
  });

  it('does not take a match inside a word', () => {
    expect(locate('arbour').kind).toBeNull();
    const result = found(locate('testimony from the arbour master'));
    expect(result.kind).toBe('approximate');
    expect(result.text).toBe('testimony from the harbour master');
  });
});

describe('locating an excerpt approximately', () => {
  it('lands on the passage despite small typos', () => {
    const at = expectNear(
      locate(TESTIMONY.replace('testimony', 'testimoney').replace('breakwater', 'breakwatre')),
      TESTIMONY,
    );
    expect(at.score).toBeGreaterThan(0.9);
  });

  it('lands on the passage with a changed word', () => {
    expectNear(locate(TESTIMONY.replace('12 percent', '14 percent')), TESTIMONY);
  });

  it('lands on the passage with a dropped or an inserted word', () => {
    expectNear(locate(TESTIMONY.replace('about 12', '12')), TESTIMONY);
    expectNear(locate(TESTIMONY.replace('since the winter', 'since the long winter')), TESTIMONY);
  });

  it('lands on the passage when the document holds a whole clause more than the quote', () => {
    const at = expectNear(locate(TESTIMONY.replace(', Tomás Ibáñez, who said', ' said')), TESTIMONY);
    expect(at.score).toBeGreaterThan(0.6);
  });

  it('reads straight quotation marks, double hyphens and other case as the document’s own', () => {
    const words =
      '“We patched what we could reach from the water,” Ibáñez said, “but the seaward face needs cranes — and cranes need a dry month.”';
    const typed =
      '"We patched what we could reach from the water," IBÁÑEZ said, "but the seaward face needs cranes -- and cranes need a dry month."';
    const at = expectNear(locate(typed), words, 0);
    expect(at.text).toBe(words);
    expect(at.score).toBeCloseTo(0.99, 5);
  });

  it('reads a word without its accents and a word broken by a hyphen', () => {
    expectNear(locate('the harbour master, Tomas Ibanez, who said'), 'the harbour master, Tomás Ibáñez, who said', 0);
    expectNear(locate('the email announcing the change'), 'the e-mail announcing the change', 0);
  });

  it('uses the prefix to choose between two passages that differ from the excerpt alike', () => {
    const bent = 'carried by a vote of six to two.';
    const second = HEARING_RECORD.lastIndexOf(REPEATED);
    expect(found(locate(bent, { prefix: 'restore the evening sailings' })).start).toBe(second);
    expect(found(locate(bent, { prefix: 'the motion to fund the survey' })).start).toBe(
      HEARING_RECORD.indexOf(REPEATED),
    );
  });
});

describe('refusing to guess', () => {
  it('answers null for a long quote whose middle is not in the document', () => {
    const middle = 'the county has since hired an outside firm to inspect every pier and jetty it owns';
    const quote = `The committee heard testimony from the harbour master, ${middle}, about 12 percent of its armour stone since the winter storms.`;
    expect(locate(quote)).toEqual({ kind: null });
  });

  it('answers null for a long quote with most of its words in place but its middle third not', () => {
    const paragraph =
      'Members asked whether the repairs could wait until the autumn. The engineer, Dr. Amara Osei, told them ' +
      'that another season of storms could double the damage, and that the cost estimate of 4.2 million had ' +
      'been drawn up before steel prices rose.';
    passage(paragraph);
    const swapped = 'that another season of storms could double the damage';
    const quote = paragraph.replace(swapped, 'that the ferry company had promised new boats by spring');
    expect(locate(quote)).toEqual({ kind: null });
  });

  it('answers null for a long quote whose start or end is not in the document', () => {
    const elsewhere = 'and the county has since hired an outside firm to inspect every pier it owns';
    expect(locate(`${TESTIMONY.slice(0, 100)} ${elsewhere}`)).toEqual({ kind: null });
    expect(locate(`${elsewhere} ${TESTIMONY.slice(-100)}`)).toEqual({ kind: null });
  });

  it('answers null for text the document does not hold', () => {
    expect(locate('Quarterly revenue at the cannery fell sharply as sardine catches moved north.')).toEqual({
      kind: null,
    });
  });

  it('answers null for an excerpt much longer than the document', () => {
    const short = 'The hearing closed at 16:05.';
    expect(locateExcerpt(short, HEARING_RECORD)).toEqual({ kind: null });
  });

  it('refuses an empty or blank excerpt with a code', () => {
    for (const excerpt of ['', '   \n\t ']) {
      expect(() => locate(excerpt)).toThrow(AppError);
      expect(() => locate(excerpt)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
  });

  it('refuses an excerpt over the excerpt limit', () => {
    expect(() => locate('word '.repeat(2_500))).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
  });
});

describe('scores', () => {
  it('rank closer variants strictly higher', () => {
    const variants = [
      TESTIMONY,
      TESTIMONY.replace('master,', 'master').toUpperCase(),
      TESTIMONY.replace('testimony', 'testimoney'),
      TESTIMONY.replace('testimony', 'testimoney').replace('breakwater', 'breakwatre'),
      TESTIMONY.replace('testimony', 'testimoney').replace('breakwater', 'sea wall'),
      TESTIMONY.replace('testimony', 'evidence').replace('breakwater', 'sea wall'),
      TESTIMONY.replace('testimony', 'evidence').replace('breakwater', 'sea wall').replace('winter', 'spring'),
    ];
    const scores = variants.map((variant) => found(locate(variant)).score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
    expect(scores[0]).toBe(1);
    expect(scores.at(-1)).toBeGreaterThan(0);
  });
});

describe('the index', () => {
  it('is built once and gives the same answers as a single lookup', () => {
    const index = buildLocatorIndex(HEARING_RECORD);
    for (const excerpt of [REPEATED, TESTIMONY.replace('12', '13'), 'nothing like this at all, truly nothing']) {
      expect(locateIn(index, excerpt)).toEqual(locate(excerpt));
    }
  });

  it('counts offsets in UTF-16 code units, past characters outside the BMP', () => {
    const text = `🌊🌊 Storm log 🌊\n\nThe seaward face needs cranes.`;
    const result = found(locateExcerpt(text, 'the seaward face needs crane'));
    expect(result.text).toBe(text.slice(result.start, result.end));
    expect(result.start).toBe(text.indexOf('The seaward'));
  });
});
