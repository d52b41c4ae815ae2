import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { bytes, claimReview, feed, json } from './fact-check-fixtures';
import { parseFactChecks } from './parse-fact-checks';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseFactChecks: ClaimReview JSON-LD', () => {
  it('reads one object with everything an archive item keeps', () => {
    const { items, problems } = parseFactChecks(json(claimReview(7)), 'one.json');
    expect(problems).toEqual([]);
    expect(items).toEqual([
      {
        claim: 'Ferry fares rose 7 percent in May.',
        claimant: 'Mayor Jane Doe',
        appearance: { url: 'https://news.example/story', title: 'Council meeting' },
        claimDate: '2024-02-01',
        reviewDate: '2024-03-08',
        publisher: 'Harbour Checks',
        url: 'https://factcheck.example/reviews/7',
        rating: { label: 'Mostly false', value: 2, best: 5, worst: 1 },
        fileName: 'one.json',
      },
    ]);
  });

  it('reads a list, a @graph beside other nodes, and a page mainEntity', () => {
    expect(parseFactChecks(json([claimReview(1), claimReview(2)]), 'a.jsonld').items).toHaveLength(2);
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, claimReview(3)] };
    expect(parseFactChecks(json(graph), 'g.json')).toMatchObject({ items: [{ claim: /rose 3/ }], problems: [] });
    const page = { '@type': 'WebPage', mainEntity: claimReview(4) };
    expect(parseFactChecks(json(page), 'p.json').items).toHaveLength(1);
  });

  it('reads a feed and lists each bad item with its number and why', () => {
    const reviews: unknown[] = Array.from({ length: 50 }, (_, i) => claimReview(i + 1));
    reviews[4] = claimReview(5, { reviewRating: undefined });
    reviews[9] = claimReview(10, { reviewRating: 'False' });
    reviews[14] = claimReview(15, { claimReviewed: 42 });
    reviews[19] = claimReview(20, { claimReviewed: { text: 'an object' } });
    reviews[29] = 'not a review';
    reviews[39] = claimReview(40, { url: 'javascript:alert(1)' });
    const { items, problems } = parseFactChecks(json(feed(reviews)), 'feed.json');
    expect(items).toHaveLength(45);
    expect(problems).toEqual([
      { item: 5, message: 'Item 5 was left out: it has no rating (reviewRating).' },
      { item: 10, message: 'Item 10 was left out: its rating (reviewRating) is not an object.' },
      { item: 20, message: 'Item 20 was left out: its claim text (claimReviewed) is not text.' },
      { item: 30, message: 'Item 30 was left out: it is not a ClaimReview.' },
      {
        item: 40,
        message: 'Item 40 was left out: its address (url) is not a web address starting with http:// or https://.',
      },
    ]);
    // A number where text belongs is read as its digits, as schema.org's loose typing allows.
    expect(items.find((i) => i.url?.endsWith('/15'))?.claim).toBe('42');
  });

  it('keeps a numeric rating without a label, on its own scale', () => {
    const review = claimReview(1, { reviewRating: { ratingValue: '4', bestRating: '7', worstRating: '0' } });
    expect(parseFactChecks(json(review), 'n.json').items[0]!.rating).toEqual({
      label: '4',
      value: 4,
      best: 7,
      worst: 0,
    });
    const bad = claimReview(2, { reviewRating: { ratingValue: 'high' } });
    expect(parseFactChecks(json(bad), 'n.json').problems[0]!.message).toBe(
      'Item 1 was left out: its rating value is not a number.',
    );
  });

  it('tells items apart by identifier when there is no address', () => {
    const review = claimReview(1, { url: undefined, identifier: 'hc-2024-001' });
    expect(parseFactChecks(json(review), 'i.json').items[0]).toMatchObject({ identifier: 'hc-2024-001' });
    const neither = claimReview(2, { url: undefined });
    expect(parseFactChecks(json(neither), 'i.json').problems[0]!.message).toMatch(/no address \(url\) or identifier/);
  });

  it('refuses truncated JSON, a file too large, and JSON nested too deep, as a whole', () => {
    const text = JSON.stringify(feed([claimReview(1), claimReview(2)]));
    expect(refusal(() => parseFactChecks(bytes(text.slice(0, -20)), 'cut.json'))).toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringMatching(/^cut\.json is not valid JSON .*cut short/),
    });
    expect(refusal(() => parseFactChecks(bytes(text), 'big.json', { maxBytes: 100 })).code).toBe('TOO_LARGE');
    expect(refusal(() => parseFactChecks(bytes('['.repeat(500) + ']'.repeat(500)), 'deep.json')).code).toBe(
      'TOO_LARGE',
    );
  });

  it('reads no more items than a file may bring, and says so', () => {
    const { items, problems } = parseFactChecks(json([1, 2, 3, 4, 5].map((n) => claimReview(n))), 'many.json', {
      maxItems: 3,
    });
    expect(items.map((i) => i.url?.slice(-1))).toEqual(['1', '2', '3']);
    expect(problems).toEqual([{ message: 'many.json holds more than 3 items; the rest were not read.' }]);
  });

  it('refuses text that is not UTF-8 and files it does not read', () => {
    expect(refusal(() => parseFactChecks(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d, 0x41]), 'bad.json')).code).toBe(
      'ENCODING',
    );
    expect(refusal(() => parseFactChecks(bytes('just words'), 'notes.txt')).code).toBe('UNSUPPORTED_FILE');
  });
});

describe('parseFactChecks: saved pages', () => {
  it('reads every ld+json block of a page, and lists a broken block without losing the other', () => {
    const page = `<!doctype html><html><head>
      <script type="application/ld+json">${JSON.stringify({ '@type': 'Organization', name: 'HC' })}</script>
      <script type="application/ld+json">${JSON.stringify(claimReview(1))}</script>
      <script>window.evil = true</script>
      <!-- <script type="application/ld+json">${JSON.stringify(claimReview(9))}</script> -->
      <script type=" Application/LD+JSON ">${JSON.stringify(claimReview(2)).slice(0, 40)}</script>
      <script type="application/ld+json">${JSON.stringify([claimReview(3)])}</script>
      </head><body><p>Review</p></body></html>`;
    const { items, problems } = parseFactChecks(bytes(page), 'review.html');
    expect(items.map((i) => i.url)).toEqual([
      'https://factcheck.example/reviews/1',
      'https://factcheck.example/reviews/3',
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^The page's JSON-LD block 3 of 4 is not valid JSON .*It was left out\.$/);
  });
});

describe('parseFactChecks: hostile pages', () => {
  it('reads only the blocks a browser without scripts sees as ld+json, and a block cut short by a raw </script> is a problem', () => {
    const block = (n: number): string =>
      `<script type="application/ld+json">${JSON.stringify(claimReview(n))}</script>`;
    const page = [
      `<template>${block(1)}</template>`,
      `<noscript>${block(2)}</noscript>`,
      `<iframe srcdoc='${block(3)}'></iframe>`,
      `<textarea>${block(4)}</textarea>`,
      block(5),
      `<script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"</script><script>alert(1)</script>"}</script>`,
      '<img src=x onerror="alert(1)"><svg onload="alert(1)"></svg>',
    ].join('\n');
    const { items, problems } = parseFactChecks(bytes(page), 'hostile.html');
    // Scripts never run here, so <noscript> holds markup, as a browser with scripts off shows it.
    expect(items.map((i) => i.url)).toEqual([
      'https://factcheck.example/reviews/2',
      'https://factcheck.example/reviews/5',
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^The page's JSON-LD block 3 of 3 is not valid JSON/);
  });
});

describe('parseFactChecks: a page without fact-checks', () => {
  it('finds nothing and no problem in it', () => {
    expect(parseFactChecks(bytes('<html><body><p>Just a story.</p></body></html>'), 'story.htm')).toEqual({
      items: [],
      problems: [],
    });
  });
});

describe('parseFactChecks: tables', () => {
  it('reads CSV with common header names in any case, quotes, commas and line breaks in fields', () => {
    const csv = [
      'Claim Text,Verdict,Fact-check URL,Date Published,Speaker,Fact Checker',
      '"Fares rose 12%, said the mayor",Mostly False,https://fc.example/1,2024-03-05,Jane Doe,Harbour Checks',
      '"A claim over\ntwo lines",True,https://fc.example/2,"March 7, 2024",,',
      ',False,https://fc.example/3,2024-03-08,,',
      'No rating here,,https://fc.example/4,,,',
      'Bad link,False,ftp://fc.example/5,,,',
    ].join('\r\n');
    const { items, problems } = parseFactChecks(bytes(csv), 'checks.csv');
    expect(items).toEqual([
      {
        claim: 'Fares rose 12%, said the mayor',
        claimant: 'Jane Doe',
        reviewDate: '2024-03-05',
        publisher: 'Harbour Checks',
        url: 'https://fc.example/1',
        rating: { label: 'Mostly False' },
        fileName: 'checks.csv',
      },
      {
        claim: 'A claim over two lines',
        reviewDate: '2024-03-07',
        url: 'https://fc.example/2',
        rating: { label: 'True' },
        fileName: 'checks.csv',
      },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Line 5 was left out: it has no claim text.',
      'Line 6 was left out: it has no rating.',
      'Line 7 was left out: its address is not a web address starting with http:// or https://.',
    ]);
  });

  it('reads a numeric rating column on its scale when there is no rating label', () => {
    const csv = 'claim,ratingValue,bestRating,worstRating,url\nFares rose,1,5,1,https://fc.example/1\n';
    expect(parseFactChecks(bytes(csv), 'n.csv').items[0]!.rating).toEqual({ label: '1', value: 1, best: 5, worst: 1 });
  });

  it('reads TSV and semicolon tables; refuses a table without the needed columns or with an unending quote', () => {
    const tsv = 'claim\trating\turl\nFares rose\tFalse\thttps://fc.example/1\n';
    expect(parseFactChecks(bytes(tsv), 'c.tsv').items).toHaveLength(1);
    const semicolons = 'statement;ruling;link\nFares rose;Half true;https://fc.example/1\n';
    expect(parseFactChecks(bytes(semicolons), 'c.csv').items[0]!.rating.label).toBe('Half true');
    expect(refusal(() => parseFactChecks(bytes('claim,date\nx,2024\n'), 'c.csv'))).toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringContaining('has no rating, url column'),
    });
    expect(refusal(() => parseFactChecks(bytes('claim,rating,url\n"never ends,False,x\n'), 'c.csv'))).toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringContaining('starts on line 2 and never ends'),
    });
  });
});
