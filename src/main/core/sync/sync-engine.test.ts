import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreChange } from '../../../shared/events';
import type { Article } from '../../../shared/model';
import { call, callRefused } from '../call';
import { converge, deskMachine, exchange, type DeskMachine } from './desk-test-helpers';

const TEXT = 'Rents rose 14 percent in two years, the housing board said. Vacancies fell to 2 percent last spring.';

const open: DeskMachine[] = [];
afterEach(async () => {
  for (const machine of open.splice(0)) await machine.core.close();
});

async function desk(...names: string[]): Promise<DeskMachine[]> {
  const machines = await Promise.all(names.map((name) => deskMachine(name)));
  open.push(...machines);
  return machines;
}

async function articleWithClaims(machine: DeskMachine): Promise<Article> {
  const article = await call(machine.core.dispatch, 'articles.create', { title: 'Rents', text: TEXT });
  await call(machine.core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 33 });
  await call(machine.core.dispatch, 'claims.create', { articleId: article.id, start: 60, end: 84 });
  return call(machine.core.dispatch, 'articles.get', { id: article.id });
}

describe('the desk sync engine', () => {
  it('brings an article and its claims, made on one machine, to the other', async () => {
    const [a, b] = await desk('alpha', 'bravo');
    const article = await articleWithClaims(a!);
    await exchange(a!, b!);
    const onB = await call(b!.core.dispatch, 'articles.get', { id: article.id });
    expect(onB).toEqual(article);
    expect(onB.claims[0]!.history[0]!.machine).toBe('alpha');
    expect(await call(b!.core.dispatch, 'sync.conflicts', {})).toEqual([]);
  });

  it('publishes what arrives from another machine as a change with no origin, even when a page’s call set the work off', async () => {
    const [a, b] = await desk('alpha', 'bravo');
    const article = await articleWithClaims(a!);
    await exchange(a!, b!);
    const [first, second] = article.claims;
    await call(a!.core.dispatch, 'claims.update', { claimId: first!.id, notes: 'From alpha.' });
    await a!.core.sync!.settled();
    await a!.db().replicate.to(b!.db());
    const events: CoreChange[] = [];
    b!.core.changes.subscribe((change) => events.push(change));
    const edit = await b!.core.dispatch('claims.update', { claimId: second!.id, notes: 'From bravo.' }, 'page-1');
    expect(edit.ok).toBe(true);
    await b!.core.sync!.settled();
    const arrived = events.filter((e) => e.kind === 'article' && !e.origin && e.summary.updatedAt >= article.updatedAt);
    expect(events.filter((e) => e.origin === 'page-1')).toHaveLength(1);
    expect(arrived.length).toBeGreaterThan(0);
    const onB = await call(b!.core.dispatch, 'articles.get', { id: article.id });
    expect(onB.claims.find((c) => c.id === first!.id)!.notes).toBe('From alpha.');
  });

  it('keeps both edits when two machines change different claims of one article', async () => {
    const [a, b] = await desk('alpha', 'bravo');
    const article = await articleWithClaims(a!);
    await exchange(a!, b!);
    const [first, second] = article.claims;
    await call(a!.core.dispatch, 'claims.update', { claimId: first!.id, notes: 'Board report, table 3.' });
    await call(b!.core.dispatch, 'claims.update', { claimId: second!.id, assignee: 'Ben' });
    await converge([a!, b!]);
    for (const machine of [a!, b!]) {
      const stored = await call(machine.core.dispatch, 'articles.get', { id: article.id });
      expect(stored.claims.find((c) => c.id === first!.id)!.notes).toBe('Board report, table 3.');
      expect(stored.claims.find((c) => c.id === second!.id)!.assignee).toBe('Ben');
      expect(stored.claims.every((c) => !c.conflicts)).toBe(true);
    }
    expect(await call(a!.core.dispatch, 'articles.get', { id: article.id })).toEqual(
      await call(b!.core.dispatch, 'articles.get', { id: article.id }),
    );
  });

  it('turns one field changed on both machines into one conflict, the same on both, until it is resolved', async () => {
    const [a, b] = await desk('alpha', 'bravo');
    const article = await articleWithClaims(a!);
    const claimId = article.claims[0]!.id;
    await exchange(a!, b!);
    await call(a!.core.dispatch, 'claims.setStatus', { claimId, status: 'disputed', note: 'The board said 12.' });
    await call(b!.core.dispatch, 'claims.setStatus', { claimId, status: 'false', note: 'No such report.' });
    await converge([a!, b!]);
    const conflictsA = await call(a!.core.dispatch, 'sync.conflicts', {});
    const conflictsB = await call(b!.core.dispatch, 'sync.conflicts', { articleId: article.id });
    expect(conflictsA).toHaveLength(1);
    expect(conflictsB).toEqual(conflictsA);
    const conflict = conflictsA[0]!;
    expect(conflict).toMatchObject({ articleId: article.id, claimId, field: 'status', articleTitle: 'Rents' });
    expect(conflict.values.map((v) => [v.value, v.machine]).sort()).toEqual([
      ['disputed', 'alpha'],
      ['false', 'bravo'],
    ]);
    const onA = await call(a!.core.dispatch, 'articles.get', { id: article.id });
    expect(onA).toEqual(await call(b!.core.dispatch, 'articles.get', { id: article.id }));
    // Both machines' history, whole; the claim counts as open work while the conflict stands.
    const history = onA.claims[0]!.history.filter((e) => e.change === 'status').map((e) => e.to);
    expect(history.sort()).toEqual(['disputed', 'false']);
    const summary = (await call(a!.core.dispatch, 'articles.list', {})).find((s) => s.id === article.id)!;
    expect(summary).toMatchObject({ settledCount: 0, conflictCount: 1 });
    expect((await call(a!.core.dispatch, 'sync.status', {})).conflicts).toBe(1);

    expect((await callRefused(b!.core.dispatch, 'sync.resolve', { id: conflict.id, value: 'verified' })).code).toBe(
      'STATUS_RULE',
    );
    await call(b!.core.dispatch, 'sync.resolve', { id: conflict.id, value: 'false' });
    await converge([a!, b!]);
    const resolved = await call(a!.core.dispatch, 'articles.get', { id: article.id });
    expect(resolved.claims[0]!.status).toBe('false');
    expect(resolved.claims[0]!.conflicts).toBeUndefined();
    expect(resolved.claims[0]!.history.at(-1)).toMatchObject({
      change: 'conflict-resolved',
      to: 'false',
      machine: 'bravo',
    });
    expect(await call(a!.core.dispatch, 'sync.conflicts', {})).toEqual([]);
    expect(resolved).toEqual(await call(b!.core.dispatch, 'articles.get', { id: article.id }));
  });

  it('keeps a claim deleted on one machine and edited on the other in the trash, with both records', async () => {
    const [a, b] = await desk('alpha', 'bravo');
    const article = await articleWithClaims(a!);
    const claimId = article.claims[1]!.id;
    await exchange(a!, b!);
    await call(a!.core.dispatch, 'claims.delete', { claimId });
    await call(b!.core.dispatch, 'claims.update', { claimId, notes: 'Checked the spring figures.' });
    await converge([a!, b!]);
    for (const machine of [a!, b!]) {
      const stored = await call(machine.core.dispatch, 'articles.get', { id: article.id });
      expect(stored.claims.map((c) => c.id)).not.toContain(claimId);
      const trashed = stored.trashedClaims?.find((c) => c.id === claimId);
      expect(trashed?.notes).toBe('Checked the spring figures.');
      expect(trashed?.history.some((e) => e.change === 'notes' && e.machine === 'bravo')).toBe(true);
    }
  });

  it('sends an article deleted on one machine to the trash of the other', async () => {
    const [a, b] = await desk('alpha', 'bravo');
    const article = await articleWithClaims(a!);
    await exchange(a!, b!);
    await call(a!.core.dispatch, 'articles.delete', { id: article.id });
    await converge([a!, b!]);
    expect((await call(b!.core.dispatch, 'articles.list', {})).map((s) => s.id)).not.toContain(article.id);
    const trash = await readdir(join(b!.dir, 'trash'));
    expect(trash.some((name) => name.startsWith(`${article.id}.`))).toBe(true);
    expect(await call(b!.core.dispatch, 'articles.trash', {})).toEqual([
      expect.objectContaining({ id: article.id, title: 'Rents' }),
    ]);
    // Restored on the other machine, it comes back everywhere, as it was.
    await call(b!.core.dispatch, 'articles.restore', { id: article.id });
    await converge([a!, b!]);
    expect(await call(a!.core.dispatch, 'articles.get', { id: article.id })).toEqual(article);
    expect(await call(a!.core.dispatch, 'articles.trash', {})).toEqual([]);
  });

  it('shares sources, their files and the desk’s settings, but not a person’s own settings', async () => {
    const [a, b] = await desk('alpha', 'bravo');
    const source = await call(a!.core.dispatch, 'sources.create', { kind: 'document', title: 'Housing board report' });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const attached = await call(a!.core.dispatch, 'sources.attach', {
      sourceId: source.id,
      fileName: 'report.pdf',
      dataBase64: pdf.toString('base64'),
    });
    await call(a!.core.dispatch, 'settings.update', {
      deskMembers: ['Ann', 'Ben'],
      claimReview: { organizationName: 'The Desk' },
      importLimitMb: 5,
    });
    await converge([a!, b!]);
    const [onB] = await call(b!.core.dispatch, 'sources.list', {});
    expect(onB).toEqual(attached);
    const file = await call(b!.core.dispatch, 'sources.attachment', {
      sourceId: source.id,
      sha256: attached.attachments![0]!.sha256,
    });
    expect(Buffer.from(file.dataBase64, 'base64').equals(pdf)).toBe(true);
    const settings = await call(b!.core.dispatch, 'settings.get', {});
    expect(settings).toMatchObject({ deskMembers: ['Ann', 'Ben'], editorName: 'Editor on bravo' });
    expect(settings.claimReview?.organizationName).toBe('The Desk');
    expect(settings.importLimitMb).toBeUndefined();
    await expect(access(join(b!.dir, 'sync', 'mirror'))).resolves.toBeUndefined();
  });
});
