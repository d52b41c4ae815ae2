import { apiCall } from '../fixtures/api';
import { expect, test } from '../fixtures/workbench-test';
import { DeskPage } from '../pages/desk-page';
import { WorkbenchPage } from '../pages/workbench-page';

const FARES = 'Ferry fares rose 12 percent in May, the agency said.';
const BUSES = 'The council approved 40 new buses on Tuesday.';
const TEXT = `${FARES}\n\n${BUSES}`;
const ME = 'Amara Okafor';

test.describe('working as a desk', () => {
  test('Settings → Desk refuses plain http off this machine, keeps the members, who are then the assignees and the filters', async ({
    page,
    server,
    request,
  }) => {
    await apiCall(request, server, 'settings.update', { editorName: ME });
    const article = await apiCall(request, server, 'articles.create', { title: 'Transit', text: TEXT });
    await apiCall(request, server, 'claims.create', { articleId: article.id, start: 0, end: FARES.indexOf(',') });
    const second = TEXT.indexOf(BUSES);
    await apiCall(request, server, 'claims.create', {
      articleId: article.id,
      start: second,
      end: second + BUSES.indexOf(' on Tuesday'),
    });
    await apiCall(request, server, 'articles.create', { title: 'Budget', text: 'The budget grew 3 percent.' });
    const app = new WorkbenchPage(page);
    const desk = new DeskPage(page);
    await app.goto(server.url);

    await expect(desk.syncState()).toHaveText('Sync off');
    await desk.openSettings();
    await expect(desk.dialog.getByLabel('Password')).toHaveValue('');
    await desk.connect({ url: 'http://example.com/desk', user: 'amara', password: 'not-sent-anywhere' });
    await expect(desk.noteFor('Hub address')).toHaveText(
      'A hub on another machine must use https:// so that the desk’s data is encrypted.',
    );
    await expect(desk.dialog.getByLabel('Hub address')).toHaveAttribute('aria-invalid', 'true');
    await expect(desk.syncState()).toHaveText('Sync off');

    await expect(desk.dialog).toContainText('No one listed yet');
    await desk.addMember('Ruth Alvarez');
    await desk.addMember('Kwame Mensah');
    await desk.closeSettings();

    await app.articleItem(/Transit/).click();
    await app.highlight('Ferry fares').click();
    expect(await desk.assigneeChoices()).toEqual(['Nobody', `${ME} (you)`, 'Kwame Mensah', 'Ruth Alvarez']);
    await app.setAssignee('Ruth Alvarez');
    await app.backToClaims();
    await app.highlight('40 new buses').click();
    await app.setAssignee(ME);
    await app.backToClaims();

    await app.filterClaims({ assignee: `Assigned to me (${ME})` });
    await expect(app.claimRows()).toHaveCount(1);
    await expect(app.claimRows().first()).toContainText('40 new buses');
    await app.filterClaims({ assignee: 'Ruth Alvarez' });
    await expect(app.claimRows()).toHaveCount(1);
    await expect(app.claimRows().first()).toContainText('Ferry fares');

    await app.showOverview();
    await expect(desk.overviewTitles()).toHaveText(['Transit', 'Budget']);
    await expect(app.overviewRow('Transit')).toContainText(`by ${ME}`);
    await desk.showWorkOf(`Assigned to me (${ME})`);
    await expect(desk.overviewTitles()).toHaveText(['Transit']);
    await desk.showWorkOf('Kwame Mensah');
    await expect(desk.overviewTitles()).toHaveCount(0);
    await expect(desk.overview).toContainText('No article has claims assigned to this person');
    await desk.showWorkOf('Not assigned');
    await expect(desk.overviewTitles()).toHaveText(['Budget']);

    // The members are stored: after a reload they are still offered.
    await page.reload();
    await desk.openSettings();
    await expect(desk.members()).toHaveText(['Ruth Alvarez', 'Kwame Mensah']);
  });

  test('each history entry says who made the change on which machine', async ({ page, server, request }) => {
    const made = await apiCall(request, server, 'articles.create', { title: 'Ferries', text: FARES });
    const claim = await apiCall(request, server, 'claims.create', {
      articleId: made.id,
      start: 0,
      end: FARES.indexOf(','),
    });
    await apiCall(request, server, 'claims.setStatus', { claimId: claim.id, status: 'in-progress' });
    // The record as it would arrive from the desk: the status set by Ruth on her laptop.
    const stored = await apiCall(request, server, 'articles.get', { id: made.id });
    const record = structuredClone(stored);
    const history = record.claims[0]!.history;
    history[history.length - 1] = { ...history.at(-1)!, by: 'Ruth Alvarez', machine: 'ruth-laptop' };
    // An entry from before the desk names no machine.
    delete history[0]!.machine;
    await apiCall(request, server, 'articles.delete', { id: made.id });
    await apiCall(request, server, 'articles.importRecord', {
      json: JSON.stringify({
        format: 'fact-check-workbench/article',
        schemaVersion: 1,
        exportedAt: new Date().toISOString(),
        article: record,
        sources: [],
      }),
    });

    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.showOverview();
    await expect(app.overviewRow('Ferries')).toContainText('by Ruth Alvarez');
    await app.articleItem(/Ferries/).click();
    await app.highlight('Ferry fares').click();
    const entries = app.history().getByRole('listitem');
    await expect(entries.first()).toContainText('Status: Unchecked → In progress');
    await expect(entries.first()).toContainText('Ruth Alvarez on ruth-laptop');
    await expect(entries.last()).not.toContainText(' on ');
  });
});
