import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/model';
import { call, callRefused } from '../call';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, tempDir } from '../test-helpers';

const TRANSCRIPT = [
  'Hearing of the budget committee, morning session.',
  'The chair said the Senate intelligence committee found no evidence of tampering in any county.',
  'Unemployment fell to 4.1 percent in March, the lowest figure in a decade.',
].join('\n\n');

const DRAFT =
  'The senator said “the Senate committee found no evidence of tampering in any county.” Unemployment fell to 4.1 percent.';

async function deskWithTranscript(): Promise<{ core: Core; claim: Claim; sourceId: string }> {
  const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
  const source = await call(core.dispatch, 'sources.create', { kind: 'testimony', title: 'Committee hearing' });
  await call(core.dispatch, 'sources.attach', {
    sourceId: source.id,
    fileName: 'hearing.txt',
    dataBase64: Buffer.from(TRANSCRIPT).toString('base64'),
  });
  const article = await call(core.dispatch, 'articles.create', { title: 'Tampering claims', text: DRAFT });
  const start = DRAFT.indexOf('“');
  const claim = await call(core.dispatch, 'claims.create', {
    articleId: article.id,
    start,
    end: DRAFT.indexOf('”') + 1,
    kind: 'quote',
  });
  return { core, claim, sourceId: source.id };
}

describe('evidence checked against the attached documents', () => {
  it('fills the locator of an excerpt found in the document, and keeps one the editor typed', async () => {
    const { core, claim, sourceId } = await deskWithTranscript();
    try {
      const linked = await call(core.dispatch, 'claims.addEvidence', {
        claimId: claim.id,
        sourceId,
        relation: 'contradicts',
        excerpt: 'Unemployment fell to 4.1 percent in March',
      });
      expect(linked.evidence[0]!.locator).toBe('¶ 3');
      const typed = await call(core.dispatch, 'claims.addEvidence', {
        claimId: claim.id,
        sourceId,
        relation: 'contradicts',
        excerpt: 'Unemployment fell to 4.1 percent in March',
        locator: 'transcript, 10:42',
      });
      expect(typed.evidence[1]!.locator).toBe('transcript, 10:42');
    } finally {
      await core.close();
    }
  });

  it('says which excerpts are found and how the quote differs, and the report lists what is unconfirmed', async () => {
    const { core, claim, sourceId } = await deskWithTranscript();
    try {
      await call(core.dispatch, 'claims.addEvidence', {
        claimId: claim.id,
        sourceId,
        relation: 'supports',
        excerpt: 'the Senate intelligence committee found no evidence of tampering',
      });
      await call(core.dispatch, 'claims.addEvidence', {
        claimId: claim.id,
        sourceId,
        relation: 'supports',
        excerpt: 'The governor signed the pension reform into law on Friday afternoon.',
      });
      const check = await call(core.dispatch, 'claims.sourceCheck', { claimId: claim.id });
      expect(check.excerpts.map((e) => e.finding)).toEqual(['exact', 'not-found']);
      expect(check.quote).toMatchObject({ finding: 'approximate', sourceId, found: { paragraph: 2 } });
      expect(check.quote!.found!.text).toContain('Senate intelligence committee');

      const articleId = claim.id.split('-')[0]!;
      const report = await call(core.dispatch, 'reports.export', { articleId, format: 'md' });
      const openItems = report.content.slice(
        report.content.indexOf('## Open items'),
        report.content.indexOf('## Claims'),
      );
      expect(openItems).toContain('Quote differs from Committee hearing');
      expect(openItems).toContain('An excerpt was not found in its source’s document');
      expect(report.content).toContain('Unconfirmed: not found in the attached document');
      expect(report.content).toContain('the Senate ~~intelligence~~ committee found');
    } finally {
      await core.close();
    }
  });

  it('checks again when the document changes: detached, the excerpts have no text to be checked against', async () => {
    const { core, claim, sourceId } = await deskWithTranscript();
    try {
      const linked = await call(core.dispatch, 'claims.addEvidence', {
        claimId: claim.id,
        sourceId,
        relation: 'supports',
        excerpt: 'found no evidence of tampering',
      });
      expect((await call(core.dispatch, 'claims.sourceCheck', { claimId: claim.id })).excerpts[0]!.finding).toBe(
        'exact',
      );
      const source = (await call(core.dispatch, 'sources.list', {})).find((s) => s.id === sourceId)!;
      await call(core.dispatch, 'sources.detach', { sourceId, sha256: source.attachments![0]!.sha256 });
      const after = await call(core.dispatch, 'claims.sourceCheck', { claimId: claim.id });
      expect(after.excerpts).toEqual([{ evidenceId: linked.evidence[0]!.id, finding: 'no-text' }]);
      expect(after.quote).toMatchObject({ finding: 'no-text' });
    } finally {
      await core.close();
    }
  });

  it('refuses a claim that does not exist', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    try {
      expect(await callRefused(core.dispatch, 'claims.sourceCheck', { claimId: 'a1-c1' })).toMatchObject({
        code: 'NOT_FOUND',
      });
    } finally {
      await core.close();
    }
  });
});
