import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, Source } from '../../../shared/model';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../test-helpers';
import { call, callRefused } from '../call';

const TEXT = 'The library lent 212,000 books last year, up 9 percent, the city said.';

async function setUp(): Promise<{ core: Core; dir: string; claim: Claim; source: Source; articleId: string }> {
  const dir = await tempDir();
  const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
  const article = await call(core.dispatch, 'articles.create', { title: 'Library', text: TEXT });
  const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 40 });
  const source = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Annual lending report' });
  return { core, dir, claim, source, articleId: article.id };
}

const undo = (core: Core, claimId: string): Promise<Claim> => call(core.dispatch, 'claims.undo', { claimId });

describe('undo', () => {
  it('walks back through the editor’s changes, recording each undo in the history', async () => {
    const { core, dir, claim, source, articleId } = await setUp();
    await call(core.dispatch, 'claims.update', { claimId: claim.id, kind: 'statistic' });
    await call(core.dispatch, 'claims.update', { claimId: claim.id, assignee: 'Ana', notes: 'Ask the press office.' });
    const linked = await call(core.dispatch, 'claims.addEvidence', {
      claimId: claim.id,
      sourceId: source.id,
      relation: 'supports',
      excerpt: 'Loans: 212,114',
      locator: 'p. 4',
    });
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified', verdict: 'True' });
    const evidenceId = linked.evidence[0]!.id;

    let now = await undo(core, claim.id);
    expect(now).toMatchObject({ status: 'verified' });
    expect(now.verdict).toBeUndefined();
    now = await undo(core, claim.id);
    expect(now.status).toBe('unchecked');
    now = await undo(core, claim.id);
    expect(now.evidence).toEqual([]);
    now = await undo(core, claim.id);
    expect(now.notes).toBe('');
    expect(now.assignee).toBe('Ana');
    now = await undo(core, claim.id);
    expect(now.assignee).toBeUndefined();
    now = await undo(core, claim.id);
    expect(now.kind).toBe('other');
    const error = await callRefused(core.dispatch, 'claims.undo', { claimId: claim.id });
    expect(error).toMatchObject({ code: 'NOTHING_TO_UNDO', message: expect.stringMatching(/nothing to undo/) });

    // Six changes and six undos: twelve events after "created", each undo naming what it reversed.
    expect(now.history).toHaveLength(13);
    expect(now.history.slice(7).map((h) => h.undoes)).toEqual([6, 5, 4, 3, 2, 1]);
    await core.close();

    const reopened = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const stored = (await call(reopened.dispatch, 'articles.get', { id: articleId })).claims[0]!;
    expect(stored.history).toEqual(now.history);
    expect(stored.evidence.some((e) => e.id === evidenceId)).toBe(false);
    await reopened.close();
  });

  it('links removed evidence again, whole, and refuses once its source is deleted', async () => {
    const { core, claim, source } = await setUp();
    const linked = await call(core.dispatch, 'claims.addEvidence', {
      claimId: claim.id,
      sourceId: source.id,
      relation: 'context',
      excerpt: 'Branch openings',
    });
    await call(core.dispatch, 'claims.removeEvidence', { claimId: claim.id, evidenceId: linked.evidence[0]!.id });
    const back = await undo(core, claim.id);
    expect(back.evidence).toEqual(linked.evidence);

    await call(core.dispatch, 'claims.removeEvidence', { claimId: claim.id, evidenceId: linked.evidence[0]!.id });
    await call(core.dispatch, 'sources.delete', { id: source.id });
    const error = await callRefused(core.dispatch, 'claims.undo', { claimId: claim.id });
    expect(error.code).toBe('NOT_FOUND');
    await core.close();
  });

  it('does not undo what the workbench did (a revision’s needs-recheck)', async () => {
    const { core, dir, claim, source, articleId } = await setUp();
    await call(core.dispatch, 'claims.addEvidence', { claimId: claim.id, sourceId: source.id, relation: 'supports' });
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified' });
    await call(core.dispatch, 'versions.add', { articleId, text: TEXT.replace('212,000', '215,000') });
    await core.store.idle();
    const before = await snapshotDir(dir);
    expect((await callRefused(core.dispatch, 'claims.undo', { claimId: claim.id })).code).toBe('NOTHING_TO_UNDO');
    expect(await snapshotDir(dir)).toEqual(before);

    // Setting a status ends the workbench's hold; undoing that brings the hold back, not the verdict.
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'in-progress' });
    expect((await undo(core, claim.id)).status).toBe('needs-recheck');
    expect((await callRefused(core.dispatch, 'claims.undo', { claimId: claim.id })).code).toBe('NOTHING_TO_UNDO');
    await core.close();
  });

  it('undoes back to a false or disputed status that rested on the note given with it', async () => {
    const { core, claim } = await setUp();
    await call(core.dispatch, 'claims.setStatus', {
      claimId: claim.id,
      status: 'false',
      note: 'The city says 198,000.',
    });
    await call(core.dispatch, 'claims.setStatus', {
      claimId: claim.id,
      status: 'disputed',
      note: 'Two counts disagree.',
    });
    const back = await undo(core, claim.id);
    expect(back.status).toBe('false');
    expect(back.history.at(-1)).toMatchObject({ change: 'status', to: 'false', note: 'The city says 198,000.' });
    expect((await undo(core, claim.id)).status).toBe('unchecked');
    await core.close();
  });

  it('never rewrites history: any run of changes and undos only appends', async () => {
    const { core, claim, source } = await setUp();
    const step = fc.oneof(
      fc
        .constantFrom('in-progress', 'unverifiable', 'unchecked')
        .map((status) => ['claims.setStatus', { status }] as const),
      fc.constantFrom('statistic', 'quote', 'other').map((kind) => ['claims.update', { kind }] as const),
      fc.constantFrom('', 'Ana', 'Bo').map((assignee) => ['claims.update', { assignee }] as const),
      fc.string({ maxLength: 12 }).map((notes) => ['claims.update', { notes }] as const),
      fc
        .constantFrom('supports', 'context')
        .map((relation) => ['claims.addEvidence', { sourceId: source.id, relation }] as const),
      fc.constant(['claims.undo', {}] as const),
    );
    let history = claim.history;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const [method, input] of steps) {
          const result = await core.dispatch(method, { claimId: claim.id, ...input });
          const now = result.ok ? (result.value as Claim).history : history;
          expect(now.slice(0, history.length)).toEqual(history);
          expect(now.length).toBeGreaterThanOrEqual(history.length);
          history = now;
        }
      }),
      { numRuns: 25 },
    );
    const stored = (await call(core.dispatch, 'articles.get', { id: claim.id.split('-')[0]! })).claims[0]!;
    expect(stored.history).toEqual(history);
    await core.close();
  });
});
