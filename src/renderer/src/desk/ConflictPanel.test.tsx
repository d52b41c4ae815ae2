// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncConflict } from '../../../shared/sync';
import { ConflictPanel } from './ConflictPanel';

const NOW = new Date(2026, 2, 5, 18, 0);
const status: SyncConflict = {
  id: 'k1',
  articleId: 'a1',
  claimId: 'c1',
  field: 'status',
  values: [
    { value: 'verified', by: 'Amara', at: new Date(2026, 2, 5, 14, 2).toISOString(), machine: 'laptop-a' },
    { value: 'disputed', by: 'Ruth', at: new Date(2026, 2, 5, 14, 5).toISOString(), machine: 'desktop-b' },
  ],
};
const notes: SyncConflict = {
  id: 'k2',
  articleId: 'a1',
  claimId: 'c1',
  field: 'notes',
  values: [
    { value: 'Called the office.', by: 'Amara', at: new Date(2026, 2, 5, 14, 2).toISOString() },
    { value: '', by: 'Ruth', at: new Date(2026, 2, 5, 14, 5).toISOString() },
  ],
};

function show(conflicts: SyncConflict[], answer: string | null = null) {
  const onResolve = vi.fn((_conflict: SyncConflict, _value: string) => Promise.resolve(answer));
  render(<ConflictPanel conflicts={conflicts} now={NOW} onResolve={onResolve} />);
  return onResolve;
}

describe('the conflict panel', () => {
  afterEach(cleanup);

  it('shows each value with who wrote it, on which machine and when', () => {
    show([status]);
    const panel = screen.getByRole('region', { name: 'Conflict: Status' });
    expect(panel.textContent).toContain('Status was changed on 2 machines');
    const verified = screen.getByRole('radio', { name: /Verified/ });
    expect(verified.closest('label')!.textContent).toMatch(/Amara on laptop-a · 0?2:02/);
    expect(screen.getByRole('radio', { name: /Disputed/ }).closest('label')!.textContent).toContain(
      'Ruth on desktop-b',
    );
  });

  it('resolves only once a value is chosen, with the value chosen', async () => {
    const onResolve = show([status]);
    const resolve = screen.getByRole('button', { name: 'Resolve' });
    expect((resolve as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /Disputed/ }));
    fireEvent.click(resolve);
    await waitFor(() => expect(onResolve).toHaveBeenCalledTimes(1));
    expect(onResolve.mock.calls[0]![1]).toBe('disputed');
    expect(onResolve.mock.calls[0]![0].id).toBe('k1');
  });

  it('lets the editor write another value: a status from the list, notes in a text area', async () => {
    const onResolve = show([status, notes]);
    const [statusOther, notesOther] = screen.getAllByRole('radio', { name: 'Something else' });
    fireEvent.click(statusOther!);
    fireEvent.change(screen.getByRole('combobox', { name: 'Your value for status' }), {
      target: { value: 'unverifiable' },
    });
    fireEvent.click(screen.getAllByRole('button', { name: 'Resolve' })[0]!);
    await waitFor(() => expect(onResolve).toHaveBeenCalledWith(status, 'unverifiable'));

    fireEvent.click(notesOther!);
    const own = screen.getByRole('textbox', { name: 'Your value for notes' });
    expect(own.tagName).toBe('TEXTAREA');
    fireEvent.change(own, { target: { value: 'Called the office; they confirmed.' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Resolve' })[1]!);
    await waitFor(() => expect(onResolve).toHaveBeenCalledWith(notes, 'Called the office; they confirmed.'));
    // An empty value is shown as such, not as a blank.
    expect(screen.getByRole('radio', { name: /\(empty\)/ })).toBeTruthy();
  });

  it('shows the core’s refusal beside the choice', async () => {
    show([status], 'Verified needs a supporting source.');
    fireEvent.click(screen.getByRole('radio', { name: /Verified/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Verified needs a supporting source.');
  });
});
