import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article, Source } from '../../../shared/model';
import { DEFAULT_CLAIM_REVIEW, REPORT_FORMATS } from '../../../shared/report';
import { shortClaim } from '../domain/report/render-claimreview';
import { openCore, type Core, type CoreResources } from '../open-core';
import { tempDir, TEST_RESOURCES } from '../test-helpers';
import { call, callRefused } from '../call';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</blockquote><iframe src=javascript:alert(1)>',
  '=HYPERLINK("http://evil.example","click")',
  '+1-555-0100',
  '@SUM(A1:A9)',
  '\u202Egnp.exe',
  'W'.repeat(3000),
  '[link](javascript:alert(1)) <b>bold</b> | pipe * star _under_',
  'evil\u202Egnp.exe',
  '\u2066\u2067ab\u2069\u2069 \u200E\u200F\u061C \u202A\u202B\u202C\u202D',
];

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const TEXT = [
  'The council approved $38 million on Tuesday for the ferry.',
  'Fares will rise 12 percent in May, the director said.',
  'The ferry carried 1.2 million people last year, a record.',
].join('\n\n');

/** An article whose every user-written field carries a hostile string. */
async function hostileArticle(
  resources: CoreResources = TEST_RESOURCES,
): Promise<{ core: Core; article: Article; dir: string }> {
  const dir = await tempDir();
  const core = await openCore({ dataDir: dir, resources });
  await call(core.dispatch, 'settings.update', { editorName: HOSTILE[1] });
  const article = await call(core.dispatch, 'articles.create', {
    title: `Ferry ${HOSTILE[0]}`,
    text: `${TEXT}\n\n${HOSTILE.join(' ')}`,
  });
  const sources: Source[] = [];
  for (const [i, bad] of HOSTILE.entries()) {
    sources.push(
      await call(core.dispatch, 'sources.create', {
        kind: 'web',
        title: `Source ${i} ${bad}`.slice(0, 250),
        url: i % 2 ? 'https://example.org/a?b=<x>' : 'http://example.org/"onmouseover="x',
        publisher: bad.slice(0, 1500),
        notes: bad,
      }),
    );
  }
  const text = article.versions[0]!.text;
  const last = text.lastIndexOf(HOSTILE[0]!);
  const spans: [number, number][] = [
    [0, 58],
    [60, 113],
    [last, last + HOSTILE[0]!.length],
  ];
  for (const [n, [start, end]] of spans.entries()) {
    const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start, end, kind: 'statistic' });
    await call(core.dispatch, 'claims.update', {
      claimId: claim.id,
      notes: HOSTILE.join('\n'),
      assignee: HOSTILE[4 + n],
    });
    for (const source of sources.slice(n * 3, n * 3 + 3)) {
      await call(core.dispatch, 'claims.addEvidence', {
        claimId: claim.id,
        sourceId: source.id,
        relation: 'supports',
        excerpt: HOSTILE[3],
        locator: HOSTILE[4],
      });
    }
    await call(core.dispatch, 'claims.setStatus', {
      claimId: claim.id,
      status: (['verified', 'false', 'in-progress'] as const)[n]!,
      note: HOSTILE[0],
    });
  }
  return { core, article: await call(core.dispatch, 'articles.get', { id: article.id }), dir };
}

describe('reports', () => {
  it('escapes every user-written string in HTML: no script, no event handler, no unsafe link', async () => {
    const { core, article } = await hostileArticle();
    const { content } = await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'html' });
    expect(content).toMatch(/^<!doctype html>/);
    expect(content).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    const { document } = new JSDOM(content).window;
    expect(document.querySelectorAll('script, iframe, img, object, embed, form, base, link').length).toBe(0);
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    const hrefs = [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|#claim-)/);
    expect(document.querySelector('.claim blockquote')?.textContent).toContain('The council approved');
    expect(document.body.textContent).toContain('<script>alert(1)</script>');
    const preview = await call(core.dispatch, 'reports.preview', { articleId: article.id });
    expect(content).toContain(preview.html.slice(0, 200));
    await core.close();
  });

  it('neutralizes spreadsheet formulas in CSV and escapes Markdown', async () => {
    const { core, article } = await hostileArticle();
    const csv = (await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'csv' })).content;
    expect(csv.startsWith('\uFEFF"#","Claim"')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).not.toMatch(/(^|,)"[=+\-@\t]/m);
    expect(csv).toContain(`"'=HYPERLINK`);
    expect(csv).toContain(`"'+1-555-0100"`);
    expect(csv).toContain(`"'@SUM(A1:A9)"`);
    const md = (await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'md' })).content;
    expect(md).not.toMatch(/(?<!\\)<(script|img|iframe|b)/);
    expect(md).not.toMatch(/(?<!\\)\](\(javascript:|\(data:)/);
    expect(md).toContain('\\<script\\>');
    await core.close();
  });

  it('honours the options: statuses, notes, sections', async () => {
    const { core, article } = await hostileArticle();
    const { html } = await call(core.dispatch, 'reports.preview', {
      articleId: article.id,
      options: { statuses: ['verified'], notes: false, sources: false, openItems: false, history: false },
    });
    expect(html.match(/class="claim status-/g)).toHaveLength(1);
    expect(html).toContain('class="claim status-verified"');
    expect(html).not.toContain('class="notes"');
    expect(html).not.toContain('<h2>Sources</h2>');
    expect(html).not.toContain('<h2>Open items</h2>');
    expect(html).not.toContain('class="history"');
    await core.close();
  });

  it('keeps notes out of every format when they are excluded, history included; shows the editor’s verdict label', async () => {
    const { core, article } = await hostileArticle();
    const marker = 'INTERNAL-7731 call the clerk at home';
    const claim = article.claims[0]!;
    await call(core.dispatch, 'claims.update', { claimId: claim.id, notes: marker, note: `${marker} (reason)` });
    await call(core.dispatch, 'claims.setStatus', {
      claimId: claim.id,
      status: 'verified',
      note: marker,
      verdict: 'Mostly true',
    });
    for (const format of ['html', 'md', 'csv'] as const) {
      const open = await call(core.dispatch, 'reports.export', { articleId: article.id, format });
      expect(open.content, format).toContain('INTERNAL-7731');
      const closed = await call(core.dispatch, 'reports.export', {
        articleId: article.id,
        format,
        options: { notes: false, history: true },
      });
      expect(closed.content, format).not.toContain('INTERNAL-7731');
      expect(closed.content, format).toContain('Mostly true');
    }
    await call(core.dispatch, 'settings.update', {
      claimReview: { ...DEFAULT_CLAIM_REVIEW, organizationName: 'Desk', url: 'https://desk.example/checks/ferry' },
    });
    const { content } = await call(core.dispatch, 'reports.export', {
      articleId: article.id,
      format: 'claimreview',
    });
    const labels = (JSON.parse(content) as { reviewRating: { alternateName: string } }[]).map(
      (r) => r.reviewRating.alternateName,
    );
    expect(labels).toEqual(['Mostly true', 'False']);
    await core.close();
  });

  it('exports JSON that re-imports losslessly into another library', async () => {
    const { core, article } = await hostileArticle();
    const { content } = await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'json' });
    const sources = await call(core.dispatch, 'sources.list', {});
    await core.close();
    const other = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const imported = await call(other.dispatch, 'articles.importRecord', { json: content });
    expect(imported).toEqual(article);
    expect(await call(other.dispatch, 'articles.get', { id: article.id })).toEqual(article);
    const cited = new Set(article.claims.flatMap((c) => c.evidence.map((e) => e.sourceId)));
    expect(await call(other.dispatch, 'sources.list', {})).toEqual(sources.filter((s) => cited.has(s.id)));
    const again = await callRefused(other.dispatch, 'articles.importRecord', { json: content });
    expect(again.code).toBe('ALREADY_EXISTS');
    const broken = await callRefused(other.dispatch, 'articles.importRecord', { json: '{"format":"something else"}' });
    expect(broken.code).toBe('CORRUPT_FILE');
    const record = JSON.parse(content) as { article: Article };
    for (const tamper of [
      (r: { article: Article }) => (r.article.id = '../../escaped'),
      (r: { article: Article }) => (r.article.claims[0]!.id = 'aother000000-c1'),
    ]) {
      const copy = structuredClone(record);
      tamper(copy);
      const refused = await callRefused(other.dispatch, 'articles.importRecord', { json: JSON.stringify(copy) });
      expect(refused.code).toBe('INVALID_INPUT');
    }
    await other.close();
  });

  it('writes ClaimReview that passes a validator of the required and recommended properties', async () => {
    const { core, article } = await hostileArticle();
    const refused = await callRefused(core.dispatch, 'reports.export', {
      articleId: article.id,
      format: 'claimreview',
    });
    expect(refused.message).toMatch(/organization’s name/);
    await call(core.dispatch, 'settings.update', {
      claimReview: {
        ...DEFAULT_CLAIM_REVIEW,
        organizationName: 'Harbor Desk',
        organizationUrl: 'https://desk.example',
        url: 'https://desk.example/checks/ferry',
      },
    });
    const { content, mimeType } = await call(core.dispatch, 'reports.export', {
      articleId: article.id,
      format: 'claimreview',
    });
    expect(mimeType).toBe('application/ld+json');
    const reviews = JSON.parse(content) as Record<string, unknown>[];
    expect(reviews).toHaveLength(2);
    for (const review of reviews) expect(validateClaimReview(review)).toEqual([]);
    expect(reviews.map((r) => (r.reviewRating as { alternateName: string }).alternateName)).toEqual(['True', 'False']);
    await core.close();
  });

  it('gives ClaimReview the whole claim up to 150 characters, and cuts a longer one at a word', () => {
    const sentence =
      'The authority replaced 4,120 of the estimated 9,800 lead service lines since March 2023, the director said.';
    expect(shortClaim(sentence)).toBe(sentence);
    const long = `${sentence} ${sentence}`;
    const short = shortClaim(long);
    expect(short.length).toBeLessThanOrEqual(150);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(long.charAt(short.length - 1)).toBe(' ');
    expect(shortClaim('Short claim.')).toBe('Short claim.');
  });

  it('shows no direction control from a title, name or label, and keeps those of the draft itself', async () => {
    const { core, article } = await hostileArticle();
    const { content } = await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'json' });
    const record = JSON.parse(content) as { article: Article };
    const sources = await call(core.dispatch, 'sources.list', {});
    const oneLine = [
      record.article.title,
      ...sources.flatMap((s) => [s.title, s.publisher ?? '']),
      ...record.article.claims.map((c) => c.assignee ?? ''),
    ];
    expect(oneLine.filter((text) => BIDI_CONTROL.test(text))).toEqual([]);
    expect(sources.map((s) => s.title)).toContain('Source 10 evilgnp.exe');
    expect(record.article.versions[0]!.text).toContain('evil\u202Egnp.exe');
    await core.close();
  });

  it('offers every format', () => {
    expect([...REPORT_FORMATS]).toEqual(['html', 'pdf', 'md', 'csv', 'json', 'claimreview']);
  });
});

/** The properties ClaimReview consumers (search engines) require or recommend; returns the problems. */
function validateClaimReview(review: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const isUrl = (u: unknown): boolean => typeof u === 'string' && /^https?:\/\/\S+$/.test(u);
  if (review['@context'] !== 'https://schema.org') problems.push('@context');
  if (review['@type'] !== 'ClaimReview') problems.push('@type');
  const claim = review.claimReviewed;
  if (typeof claim !== 'string' || claim.length === 0) problems.push('claimReviewed missing');
  else if (claim.length > 151 && claim.includes(' ')) problems.push('claimReviewed not shortened');
  const rating = review.reviewRating as Record<string, unknown> | undefined;
  if (!rating || rating['@type'] !== 'Rating' || typeof rating.alternateName !== 'string')
    problems.push('reviewRating');
  if (rating && 'ratingValue' in rating) {
    const [value, best, worst] = [rating.ratingValue, rating.bestRating, rating.worstRating] as number[];
    if (!(worst! <= value! && value! <= best!)) problems.push('rating out of scale');
  }
  if (typeof claim === 'string' && rating && claim.includes(String(rating.alternateName)))
    problems.push('verdict in claim');
  const author = review.author as Record<string, unknown> | undefined;
  if (!author || author['@type'] !== 'Organization' || !author.name) problems.push('author');
  if (typeof review.datePublished !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(review.datePublished))
    problems.push('datePublished');
  if (!isUrl(review.url)) problems.push('url');
  const item = review.itemReviewed as Record<string, unknown> | undefined;
  if (!item || item['@type'] !== 'Claim') problems.push('itemReviewed');
  return problems;
}
