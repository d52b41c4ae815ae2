import { describe, expect, it } from 'vitest';
import { BIDI_CONTROLS } from '../../../shared/bidi';
import { call } from '../call';
import { openCore } from '../open-core';
import { tempDir, TEST_RESOURCES } from '../test-helpers';
import { claimReview } from './fact-check-fixtures';

const RLO = '\u202E';
/** Strings a hostile or broken file may carry in any field. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  `Invoice ${RLO}fdp.exe for 2025`,
  'zero\u200Bwidth\uFEFFjoiners',
  'NUL\u0000and\u0007bell',
  'line\u2028separator',
  'lone \uD800 surrogate',
  '{{constructor.constructor("alert(1)")()}}',
  "'; DROP TABLE claims; --",
  'x'.repeat(1_999),
];
const HIDDEN = new RegExp(`[${Object.keys(BIDI_CONTROLS).join('')}\\u0000-\\u001F\\u200B\\uFEFF\\u2028]`);

describe('hostile strings through import, archive and listing', () => {
  it('keep their visible text, lose what would hide or reorder it, and never become links that are not web addresses', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const reviews = HOSTILE.map((text, n) =>
      claimReview(n + 1, {
        claimReviewed: text,
        author: { name: text },
        itemReviewed: {
          author: { name: text },
          appearance: { url: n % 2 ? 'javascript:alert(1)' : `https://news.example/${n}`, headline: text },
        },
        reviewRating: { alternateName: text },
        __proto__: { polluted: true },
      }),
    );
    reviews.push(
      JSON.parse(
        '{"@type":"ClaimReview","__proto__":{"polluted":true},"claimReviewed":"p","url":"https://x.example/p","reviewRating":{"alternateName":"False"}}',
      ),
    );
    const summary = await call(core.dispatch, 'pastChecks.import', {
      fileName: `hostile${RLO}nosj.json`,
      dataBase64: Buffer.from(JSON.stringify(reviews)).toString('base64'),
    });
    // The over-long one is too long for a rating label: left out, and said why.
    expect(summary).toMatchObject({
      added: HOSTILE.length,
      problems: [
        { item: 10, message: 'Item 10 was left out: its rating label (alternateName) is longer than 200 characters.' },
      ],
    });
    expect(summary.fileName).toBe('hostilenosj.json');
    const { items } = await call(core.dispatch, 'pastChecks.list', { limit: 500 });
    expect(items).toHaveLength(HOSTILE.length);
    for (const item of items) {
      const fields = [item.claim, item.claimant, item.publisher, item.rating.label, item.appearance?.title];
      for (const field of fields.filter((f) => f !== undefined)) expect(field).not.toMatch(HIDDEN);
      for (const url of [item.url, item.appearance?.url].filter((u) => u !== undefined)) {
        expect(url).toMatch(/^https:\/\//);
      }
    }
    const claims = items.map((i) => i.claim);
    expect(claims).toContain('<script>alert(1)</script>');
    expect(claims).toContain('Invoice fdp.exe for 2025');
    expect(claims).toContain('NUL and bell');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    // The search finds them by their visible words.
    expect((await call(core.dispatch, 'pastChecks.list', { text: 'fdp.exe' })).total).toBe(1);
    await core.close();
  });
});
