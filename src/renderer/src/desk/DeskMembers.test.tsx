// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeskMembers } from './DeskMembers';

describe('Settings → Desk: the people', () => {
  afterEach(cleanup);

  it('says what to do while the list is empty, and adds a name', async () => {
    const onSave = vi.fn(() => Promise.resolve(true));
    render(<DeskMembers members={[]} me="Amara" onSave={onSave} />);
    expect(screen.getByText(/No one listed yet/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  Ruth Alvarez ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(['Ruth Alvarez']));
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('');
  });

  it('does not add a name twice, and removes one', async () => {
    const onSave = vi.fn(() => Promise.resolve(true));
    render(<DeskMembers members={['Ruth', 'Amara']} me="Amara" onSave={onSave} />);
    expect(screen.getByRole('list', { name: 'Desk members' }).textContent).toContain('Amara (you)');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'ruth' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('ruth is on the list already.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ruth' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(['Amara']));
  });
});
