import type { Browser } from '@playwright/test';
import { apiCall } from '../fixtures/api';
import { addHubUser, serveCanSync, startHub, type RunningHub } from '../fixtures/hub';
import { startServer, type RunningServer } from '../fixtures/server';
import { tempDataDir } from '../fixtures/temp-data';
import { expect, test } from '../fixtures/workbench-test';
import { DeskPage } from '../pages/desk-page';
import { WorkbenchPage } from '../pages/workbench-page';

const FARES = 'Ferry fares rose 12 percent in May, the agency said.';
const CAN_SYNC = serveCanSync();
const WHY_SKIPPED = 'this build of `factcheck serve` has no --sync option (the sync engine is not in it yet)';
if (!CAN_SYNC) console.log(`desk-sync.spec.ts is skipped: ${WHY_SKIPPED}.`);

/** One machine of the desk: its own data folder, its own `factcheck serve --sync`, its own window. */
interface Machine {
  server: RunningServer;
  app: WorkbenchPage;
  desk: DeskPage;
  close: () => Promise<void>;
}

/** Each person's hub account: at least 12 characters, given to `serve` in FACTCHECK_SYNC_PASSWORD. */
const PEOPLE = [
  { name: 'Amara Okafor', user: 'amara', password: 'amara-desk-pass-1' },
  { name: 'Ruth Alvarez', user: 'ruth', password: 'ruth-desk-pass-22' },
] as const;

async function machine(browser: Browser, person: (typeof PEOPLE)[number], deskUrl: string): Promise<Machine> {
  const data = tempDataDir();
  const server = await startServer(data.dir, ['--sync', deskUrl, '--sync-user', person.user], {
    FACTCHECK_SYNC_PASSWORD: person.password,
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await apiCall(page.request, server, 'settings.update', { editorName: person.name });
  return {
    server,
    app: new WorkbenchPage(page),
    desk: new DeskPage(page),
    close: async () => {
      await context.close();
      await server.stop();
      data.remove();
    },
  };
}

test.describe('two machines on one desk', () => {
  test.skip(!CAN_SYNC, WHY_SKIPPED);
  test.setTimeout(180_000);

  let hubData: ReturnType<typeof tempDataDir>;
  let hub: RunningHub;
  let a: Machine;
  let b: Machine;

  test.beforeEach(async ({ browser }) => {
    hubData = tempDataDir();
    for (const person of PEOPLE) addHubUser(hubData.dir, person.user, person.password, 'desk');
    hub = await startHub(hubData.dir);
    const deskUrl = `${hub.url}/desk`;
    a = await machine(browser, PEOPLE[0], deskUrl);
    b = await machine(browser, PEOPLE[1], deskUrl);
  });

  test.afterEach(async () => {
    await a?.close();
    await b?.close();
    await hub?.stop();
    hubData?.remove();
  });

  test('a status set on one shows on the other without a reload; a conflict is shown on both and resolved once', async () => {
    const article = await apiCall(a.app.page.request, a.server, 'articles.create', { title: 'Ferries', text: FARES });
    await apiCall(a.app.page.request, a.server, 'claims.create', {
      articleId: article.id,
      start: 0,
      end: FARES.indexOf(','),
    });
    await a.app.goto(a.server.url);
    await b.app.goto(b.server.url);
    await expect(b.app.articleItem(/Ferries/)).toBeVisible({ timeout: 30_000 });
    for (const m of [a, b]) {
      await m.app.articleItem(/Ferries/).click();
      await m.app.highlight('Ferry fares').click();
      await expect(m.desk.syncState()).toHaveText(/Synced|waiting|Syncing/);
    }

    // Continuous replication: A's change is on B's screen within 5 s, with no reload.
    await a.app.setStatus('In progress');
    await expect(b.app.inspector.getByRole('button', { name: 'In progress', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
      { timeout: 5000 },
    );

    // The hub goes away; both change the same claim's status, differently.
    await hub.stop();
    await a.app.setStatus('Unverifiable');
    await b.app.setStatusWithNote('Disputed', 'The agency’s own report says 9 percent.');
    await expect(a.desk.syncState()).toHaveText(/Offline|waiting|Sync error/, { timeout: 60_000 });

    // The hub is back on the same address: both machines end with the same conflict, shown.
    hub = await startHub(hubData.dir, Number(new URL(hub.url).port));
    for (const m of [a, b]) {
      await expect(m.desk.conflictPanel('Status')).toBeVisible({ timeout: 90_000 });
      await expect(m.desk.conflictsButton()).toHaveText(/Conflicts: 1/);
      await expect(m.desk.conflictPanel('Status')).toContainText('Amara Okafor');
      await expect(m.desk.conflictPanel('Status')).toContainText('Ruth Alvarez');
    }

    // Resolved on B: the resolution reaches A, and is kept in the history on both.
    await b.desk.resolve('Status', 'Disputed');
    for (const m of [b, a]) {
      await expect(m.desk.conflictPanel('Status')).toHaveCount(0, { timeout: 30_000 });
      await expect(m.app.inspector.getByRole('button', { name: 'Disputed', exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(m.app.history()).toContainText('Conflict settled');
      await expect(m.desk.conflictsButton()).toHaveCount(0);
    }
  });
});
