import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDesk,
  isBuilt,
  startHubProcess,
  startServe,
  type DeskAccount,
  type Running,
  type Serving,
} from './processes';
import { waitFor } from './test-desk';

const TEXT =
  'Rents rose 14 percent in two years, the housing board said. Vacancies fell to 2 percent last spring. ' +
  'The mayor promised 5,000 new homes by 2030.';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}, 60_000);

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-desk-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function hub(dir?: string, port?: number): Promise<Running & { account: DeskAccount; dir: string }> {
  const dataDir = dir ?? (await folder());
  const running = await startHubProcess(dataDir, port);
  cleanups.push(running.stop);
  return { ...running, account: await createDesk(running.url, dataDir), dir: dataDir };
}

async function serve(account: DeskAccount): Promise<Serving> {
  const running = await startServe(await folder(), {
    sync: account.desk,
    user: account.user,
    password: account.password,
  });
  cleanups.push(running.stop);
  return running;
}

const notBuilt = isBuilt() ? false : 'the command line is not built (npm run build)';
if (notBuilt) console.error(`Skipping the desk tests with real processes: ${notBuilt}.`);

describe.skipIf(notBuilt)(
  'a desk of factcheck serve processes syncing through factcheck hub',
  { timeout: 120_000 },
  () => {
    it('three machines: a claim tagged on one appears on the others; edits to different claims all survive; an article deleted on one goes to the others’ trash; a file attached on one opens on another with the same SHA-256', async () => {
      const { account } = await hub();
      const [a, b, c] = await Promise.all([serve(account), serve(account), serve(account)]);
      const article = await a!.call('articles.create', { title: 'Rents', text: TEXT });
      const first = await a!.call('claims.create', { articleId: article.id, start: 0, end: 33 });
      for (const other of [b!, c!])
        await waitFor('the claim on the other machines', async () =>
          (await other.call('articles.get', { id: article.id })).claims.some((x) => x.id === first.id),
        );
      const second = await c!.call('claims.create', { articleId: article.id, start: 60, end: 84 });
      await waitFor('the second claim on a', async () =>
        (await a!.call('articles.get', { id: article.id })).claims.some((x) => x.id === second.id),
      );
      await Promise.all([
        a!.call('claims.update', { claimId: first.id, notes: 'Board report, table 3.' }),
        b!.call('claims.update', { claimId: second.id, assignee: 'Ben' }),
      ]);
      for (const machine of [a!, b!, c!]) {
        await waitFor('both edits everywhere', async () => {
          const claims = (await machine.call('articles.get', { id: article.id })).claims;
          return (
            claims.find((x) => x.id === first.id)?.notes === 'Board report, table 3.' &&
            claims.find((x) => x.id === second.id)?.assignee === 'Ben'
          );
        });
      }
      expect(await b!.call('sync.conflicts', {})).toEqual([]);

      const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
      const source = await a!.call('sources.create', { kind: 'document', title: 'Housing board report' });
      const attached = await a!.call('sources.attach', {
        sourceId: source.id,
        fileName: 'report.pdf',
        dataBase64: pdf.toString('base64'),
      });
      const sha256 = attached.attachments![0]!.sha256;
      const file = await waitFor('the file on c', () => c!.call('sources.attachment', { sourceId: source.id, sha256 }));
      expect(createHash('sha256').update(Buffer.from(file.dataBase64, 'base64')).digest('hex')).toBe(sha256);

      await a!.call('articles.delete', { id: article.id });
      for (const machine of [b!, c!]) {
        const trash = await waitFor('the article in the trash', async () => {
          const listed = await machine.call('articles.trash', {});
          return listed.length > 0 && listed;
        });
        expect(trash.map((t) => t.id)).toEqual([article.id]);
        expect((await machine.call('articles.list', {})).map((s) => s.id)).not.toContain(article.id);
      }
    });

    it('the same claim changed on two machines while the hub is down: one conflict on both once it is back, resolved on one, settled on the other', async () => {
      const started = await hub();
      const port = Number(new URL(started.url).port);
      const [a, b] = await Promise.all([serve(started.account), serve(started.account)]);
      const article = await a!.call('articles.create', { title: 'Rents', text: TEXT });
      const { id: claimId } = await a!.call('claims.create', { articleId: article.id, start: 0, end: 33 });
      await waitFor(
        'the claim on b',
        async () => (await b!.call('articles.get', { id: article.id })).claims.length === 1,
      );
      await started.stop();
      await a!.call('claims.setStatus', { claimId, status: 'disputed', note: 'The board said 12.' });
      await b!.call('claims.setStatus', { claimId, status: 'false', note: 'No such report.' });
      expect(
        await waitFor('a offline', async () => (await a!.call('sync.status', {})).state === 'offline' && true),
      ).toBe(true);
      const back = await startHubProcess(started.dir, port);
      cleanups.push(back.stop);
      const [conflict] = await waitFor(
        'one conflict on a',
        async () => {
          const listed = await a!.call('sync.conflicts', {});
          return listed.length === 1 && listed;
        },
        30_000,
      );
      await waitFor(
        'the same conflict on b',
        async () => JSON.stringify(await b!.call('sync.conflicts', {})) === JSON.stringify([conflict]),
        30_000,
      );
      expect(conflict).toMatchObject({ claimId, field: 'status' });
      await b!.call('sync.resolve', { id: conflict!.id, value: 'disputed' });
      await waitFor(
        'the resolution on a',
        async () => {
          const claim = (await a!.call('articles.get', { id: article.id })).claims[0]!;
          return (
            claim.status === 'disputed' && !claim.conflicts && claim.history.at(-1)?.change === 'conflict-resolved'
          );
        },
        30_000,
      );
      expect((await a!.call('sync.status', {})).conflicts).toBe(0);
    });
  },
);
