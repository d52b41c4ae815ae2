import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits';
import { compareTexts } from './compare/compare';
import { reanchorClaims, type ClaimSpan } from './reanchor';
import { draftWord, join, P1, P2, P3, P4 } from './compare/test-drafts';

function claimAt(text: string, quote: string, occurrence = 0, id = quote): ClaimSpan {
  let start = -1;
  for (let n = 0; n <= occurrence; n++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" not in text`);
  const end = start + quote.length;
  const context = LIMITS.anchorContextChars;
  return {
    id,
    start,
    end,
    exact: quote,
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

function carry(oldText: string, newText: string, claims: ClaimSpan[]) {
  return reanchorClaims(newText, compareTexts(oldText, newText).changes, claims);
}

describe('reanchorClaims', () => {
  it('keeps a claim in unchanged text current, at its shifted offsets', () => {
    const oldText = join(P1, P3);
    const newText = join(P4, P1, P3);
    const [r] = carry(oldText, newText, [claimAt(oldText, 'It passed 7 to 2.')]);
    expect(r).toMatchObject({ state: 'current', confidence: 1 });
    expect(newText.slice(r!.start!, r!.end!)).toBe('It passed 7 to 2.');
  });

  it('marks a claim in a moved paragraph as moved', () => {
    const oldText = join(P1, P2, P3, P4);
    const newText = join(P1, P3, P4, P2);
    const [r] = carry(oldText, newText, [claimAt(oldText, 'Turnout was 49 percent')]);
    expect(r?.state).toBe('moved');
    expect(newText.slice(r!.start!, r!.end!)).toBe('Turnout was 49 percent');
  });

  it('marks a claim whose words changed as edited, pointing at the new wording', () => {
    const oldText = join(P1, P2, P3);
    const newText = join(P1, P2.replace('49', '38'), P3);
    const [r] = carry(oldText, newText, [claimAt(oldText, 'Turnout was 49 percent, the mayor said.')]);
    expect(r?.state).toBe('edited');
    expect(newText.slice(r!.start!, r!.end!)).toBe('Turnout was 38 percent, the mayor said.');
    expect(r!.confidence).toBeGreaterThan(0.5);
    expect(r!.confidence).toBeLessThan(1);
  });

  it('orphans a claim whose passage was deleted or rewritten beyond recognition', () => {
    const oldText = join(P1, P2, P3);
    const deleted = carry(oldText, join(P1, P3), [claimAt(oldText, 'Turnout was 49 percent')]);
    expect(deleted[0]).toEqual({
      id: 'Turnout was 49 percent',
      state: 'orphaned',
      start: null,
      end: null,
      confidence: 0,
    });
    const rewritten = join(P1, 'Few residents voted, officials conceded afterwards.', P3);
    expect(carry(oldText, rewritten, [claimAt(oldText, 'Turnout was 49 percent')])[0]?.state).toBe('orphaned');
  });

  it('never lands a claim on a look-alike: a repeated sentence keeps to its own copy', () => {
    const repeated = 'Officials declined to comment.';
    const oldText = join(`${P1} ${repeated}`, `${P2} ${repeated}`);
    const newText = join(`${P1} ${repeated}`, `${P2.replace('49', '38')} Officials declined to comment further.`);
    const [first, second] = carry(oldText, newText, [
      claimAt(oldText, repeated, 0, 'first'),
      claimAt(oldText, repeated, 1, 'second'),
    ]);
    expect(first).toMatchObject({ state: 'current', start: oldText.indexOf(repeated) });
    expect(second?.state).toBe('edited');
    expect(newText.slice(second!.start!, second!.end!)).toBe('Officials declined to comment further.');
  });

  it('carries a claim that spans a paragraph boundary', () => {
    const oldText = join(P1, P2);
    const newText = join(P4, P1, P2);
    const quote = 'It passed 7 to 2.\n\nTurnout';
    const [r] = carry(oldText, newText, [claimAt(oldText, quote)]);
    expect(r?.state).toBe('current');
    expect(newText.slice(r!.start!, r!.end!)).toBe(quote);
  });

  it('follows a claim into a paragraph that was moved and edited', () => {
    const oldText = join(P1, P2, P3, P4);
    const newText = join(P2.replace('That is a record.', 'It was the highest since 1998.'), P1, P3, P4);
    const [kept, changed] = carry(oldText, newText, [
      claimAt(oldText, 'Turnout was 49 percent'),
      claimAt(oldText, 'That is a record.'),
    ]);
    expect(kept?.state).toBe('moved');
    expect(newText.slice(kept!.start!, kept!.end!)).toBe('Turnout was 49 percent');
    expect(changed?.state).not.toBe('moved');
    expect(changed?.state).not.toBe('current');
  });

  it('keeps offsets whole around emoji', () => {
    const oldText = join('Fans 🎉 cheered 😀 loudly at the final.', P2);
    const newText = join('Fans 🎉 cheered 😢 quietly at the final.', P2);
    const [r] = carry(oldText, newText, [claimAt(oldText, 'cheered 😀 loudly at the final')]);
    expect(r?.state).toBe('edited');
    const span = newText.slice(r!.start!, r!.end!);
    expect(span).toBe('cheered 😢 quietly at the final');
    expect(span.isWellFormed()).toBe(true);
  });

  it('orphans everything when the new version is empty, and copes with an empty old one', () => {
    const oldText = join(P1);
    expect(carry(oldText, '', [claimAt(oldText, 'It passed')])[0]?.state).toBe('orphaned');
    expect(carry('', P1, [])).toEqual([]);
  });

  const paragraph = fc
    .array(
      fc.array(draftWord, { minLength: 3, maxLength: 8 }).map((w) => `${w.join(' ')}.`),
      { minLength: 1, maxLength: 3 },
    )
    .map((s) => s.join(' '));

  it('puts every current or moved claim on text equal to its quote (property)', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.record({
            kind: fc.constantFrom('delete', 'insert', 'move', 'edit'),
            at: fc.nat(),
            to: fc.nat(),
            text: paragraph,
          }),
          { maxLength: 5 },
        ),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 })), { minLength: 1, maxLength: 6 }),
        (paragraphs, edits, spans) => {
          const oldText = paragraphs.join('\n\n');
          const next = [...paragraphs];
          for (const e of edits) {
            if (e.kind === 'insert') next.splice(e.at % (next.length + 1), 0, e.text);
            else if (next.length === 0) continue;
            else if (e.kind === 'delete') next.splice(e.at % next.length, 1);
            else if (e.kind === 'move') next.splice(e.to % next.length, 0, ...next.splice(e.at % next.length, 1));
            else next[e.at % next.length] = `${e.text} ${next[e.at % next.length]!.slice(e.to % 10)}`;
          }
          const newText = next.join('\n\n');
          const claims = spans
            .map(([at, length], n) => {
              const start = at % oldText.length;
              const end = Math.min(oldText.length, start + 1 + length);
              const exact = oldText.slice(start, end);
              return {
                id: String(n),
                start,
                end,
                exact,
                prefix: oldText.slice(Math.max(0, start - 32), start),
                suffix: oldText.slice(end, end + 32),
              };
            })
            .filter((c) => c.exact.trim().length > 0 && c.exact.isWellFormed());
          for (const r of carry(oldText, newText, claims)) {
            const claim = claims.find((c) => c.id === r.id)!;
            if (r.state === 'current' || r.state === 'moved') {
              expect(newText.slice(r.start!, r.end!)).toBe(claim.exact);
            }
            if (r.state === 'orphaned') expect([r.start, r.end, r.confidence]).toEqual([null, null, 0]);
            else {
              expect(r.start!).toBeGreaterThanOrEqual(0);
              expect(r.end!).toBeLessThanOrEqual(newText.length);
              expect(r.confidence).toBeGreaterThan(0);
              expect(r.confidence).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
