import { describe, expect, it } from 'vitest';
import type { Claim, ClaimStatus, EvidenceRelation } from '../../../shared/model';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../test-helpers';
import { call, callRefused } from '../call';

const TEXT = 'The bridge carried 41,000 vehicles a day in 2024, the transport office said.';

interface Case {
  evidence: EvidenceRelation[];
  claimNotes?: string;
  statusNote?: string;
}

const CASES: Record<string, Case> = {
  'no evidence': { evidence: [] },
  'context only': { evidence: ['context'] },
  supporting: { evidence: ['supports'] },
  contradicting: { evidence: ['contradicts'] },
  'claim notes': { evidence: [], claimNotes: 'The office counts both directions.' },
  'status note': { evidence: [], statusNote: 'The 2024 count was 38,200.' },
};

/** The rules, stated independently of status-rules.ts: which situations allow which status. */
const ALLOWED: Record<ClaimStatus, (c: Case) => boolean> = {
  unchecked: () => true,
  'in-progress': () => true,
  unverifiable: () => true,
  verified: (c) => c.evidence.includes('supports'),
  false: (c) => c.evidence.includes('contradicts') || Boolean(c.claimNotes || c.statusNote),
  disputed: (c) => c.evidence.includes('contradicts') || Boolean(c.claimNotes || c.statusNote),
  'needs-recheck': () => false,
};

async function claimIn(situation: Case): Promise<{ core: Core; dir: string; claim: Claim }> {
  const dir = await tempDir();
  const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
  const article = await call(core.dispatch, 'articles.create', { title: 'Bridge', text: TEXT });
  const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 48 });
  const source = await call(core.dispatch, 'sources.create', { kind: 'dataset', title: 'Traffic counts 2024' });
  for (const relation of situation.evidence) {
    await call(core.dispatch, 'claims.addEvidence', { claimId: claim.id, sourceId: source.id, relation });
  }
  if (situation.claimNotes)
    await call(core.dispatch, 'claims.update', { claimId: claim.id, notes: situation.claimNotes });
  await core.store.idle();
  return { core, dir, claim };
}

describe('status rules', () => {
  for (const [name, situation] of Object.entries(CASES)) {
    for (const status of Object.keys(ALLOWED) as ClaimStatus[]) {
      const allowed = ALLOWED[status](situation);
      it(`${allowed ? 'allows' : 'refuses'} ${status} with ${name}`, async () => {
        const { core, dir, claim } = await claimIn(situation);
        const input = { claimId: claim.id, status, ...(situation.statusNote ? { note: situation.statusNote } : {}) };
        if (allowed) {
          const after = await call(core.dispatch, 'claims.setStatus', input);
          expect(after.status).toBe(status);
        } else {
          const before = await snapshotDir(dir);
          const error = await callRefused(core.dispatch, 'claims.setStatus', input);
          expect(error.code).toBe('STATUS_RULE');
          expect(error.message).toMatch(/^(A claim can be marked|Needs re-check is set by the workbench)/);
          await core.store.idle();
          expect(await snapshotDir(dir)).toEqual(before);
        }
        await core.close();
      });
    }
  }

  it('refuses to unlink the only supporting source of a verified claim, and to empty the notes that explain a false one', async () => {
    const { core, dir, claim } = await claimIn({ evidence: ['supports'] });
    const verified = await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified' });
    await core.store.idle();
    const before = await snapshotDir(dir);
    const unlink = await callRefused(core.dispatch, 'claims.removeEvidence', {
      claimId: claim.id,
      evidenceId: verified.evidence[0]!.id,
    });
    expect(unlink).toMatchObject({ code: 'STATUS_RULE', message: expect.stringMatching(/Change the status first/) });
    expect(await snapshotDir(dir)).toEqual(before);

    await call(core.dispatch, 'claims.update', { claimId: claim.id, notes: 'The sign says 12 tonnes.' });
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'in-progress' });
    await call(core.dispatch, 'claims.removeEvidence', { claimId: claim.id, evidenceId: verified.evidence[0]!.id });
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'false' });
    const empty = await callRefused(core.dispatch, 'claims.update', { claimId: claim.id, notes: '' });
    expect(empty.code).toBe('STATUS_RULE');
    await core.close();
  });

  it('keeps needs-recheck until the editor sets a status, and records the verdict label with it', async () => {
    const { core, claim } = await claimIn({ evidence: ['supports'] });
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified', verdict: 'Mostly true' });
    const { article } = await call(core.dispatch, 'versions.add', {
      articleId: claim.id.split('-')[0]!,
      text: TEXT.replace('41,000', '44,000'),
    });
    const flagged = article.claims[0]!;
    expect(flagged.status).toBe('needs-recheck');
    // The label went with the status it was given with, on the record.
    expect(flagged.verdict).toBeUndefined();
    const again = await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified', verdict: '' });
    expect(again.status).toBe('verified');
    expect(again.verdict).toBeUndefined();
    expect(again.history.map((h) => h.change)).toEqual([
      'created',
      'evidence-added',
      'status',
      'verdict',
      'anchor',
      'verdict',
      'status',
      'status',
    ]);
    await core.close();
  });
});
