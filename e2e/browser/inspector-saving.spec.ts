import { apiCall } from '../fixtures/api';
import { expect, test } from '../fixtures/workbench-test';
import { WorkbenchPage } from '../pages/workbench-page';

test.describe('the inspector’s fields', () => {
  test('say “Saved” beside the field once the core has it, or why it refused, keeping what was typed', async ({
    page,
    request,
    server,
  }) => {
    // Assignees are the desk's members.
    await apiCall(request, server, 'settings.update', { deskMembers: ['Bo Lindqvist'] });
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.openSample();
    await app.selectPhrase('nearly double the pace of 2022');
    await app.tagWithKey();

    const verdict = app.inspector.getByLabel('Verdict label');
    await expect(verdict).toHaveAccessibleDescription('');
    await app.setVerdict('Mostly true');
    await expect(verdict).toHaveAccessibleDescription('Saved');
    await expect(app.history()).toContainText('Verdict label: “Mostly true”');
    const status = page.locator(`[id="${await verdict.getAttribute('aria-describedby')}"]`);
    await expect(status).toBeVisible();
    await expect(status).toHaveText('✓ Saved');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    // Only for a moment.
    await expect(verdict).toHaveAccessibleDescription('', { timeout: 5000 });

    await app.setKind('Comparison');
    await expect(app.inspector.getByLabel('Kind')).toHaveAccessibleDescription('Saved');
    await app.setAssignee('Bo Lindqvist');
    await expect(app.inspector.getByLabel('Assignee')).toHaveAccessibleDescription('Saved');

    const notes = app.inspector.getByLabel('Notes');
    await notes.fill('The 2022 pace was 70 a month, by the utility’s log.');
    await notes.blur();
    await expect(notes).toHaveAccessibleDescription('Saved');
    await app.setStatus('False');

    // The notes explain the false verdict: emptying them is refused, beside them, and the field stays empty to be fixed.
    await notes.fill('');
    await notes.blur();
    await expect(notes).toHaveAccessibleDescription(/cannot be emptied/);
    await expect(notes).toHaveAttribute('aria-invalid', 'true');
    await expect(notes).toHaveValue('');
    await notes.fill('Per the log, 70 a month in 2022: the pace is about double, not more.');
    await notes.blur();
    await expect(notes).toHaveAccessibleDescription('Saved');
    await expect(notes).not.toHaveAttribute('aria-invalid', 'true');
    await expect(app.history()).toContainText('Notes: “Per the log, 70 a month in 2022');
  });
});
