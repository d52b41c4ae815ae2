// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiInput } from '../../../shared/api';
import type { SyncStatus } from '../../../shared/sync';
import { DeskConnectionForm } from './DeskConnectionForm';
import type { DeskRefusal } from './desk-refusal';

const OFF: SyncStatus = { state: 'off', pending: 0, conflicts: 0, machine: 'laptop-a' };
const PRINT = Array.from({ length: 32 }, () => 'AB').join(':');

function show(status: SyncStatus, answer: DeskRefusal | null = null) {
  const onConfigure = vi.fn((_input: ApiInput<'sync.configure'>) => Promise.resolve(answer));
  const onSyncNow = vi.fn();
  render(<DeskConnectionForm status={status} onConfigure={onConfigure} onSyncNow={onSyncNow} syncing={false} />);
  return { onConfigure, onSyncNow };
}

const field = (name: string): HTMLInputElement => screen.getByLabelText(name);

describe('Settings → Desk: the hub', () => {
  afterEach(cleanup);

  it('connects with what was typed, and shows the core’s refusal beside the address', async () => {
    const sentence = 'A hub on another machine must use https:// so that the desk’s data is encrypted.';
    const { onConfigure } = show(OFF, { field: 'url', message: sentence });
    fireEvent.change(field('Hub address'), { target: { value: ' http://example.com/desk ' } });
    fireEvent.change(field('User name'), { target: { value: 'amara' } });
    fireEvent.change(field('Password'), { target: { value: 's3cret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() =>
      expect(onConfigure).toHaveBeenCalledWith({ url: 'http://example.com/desk', user: 'amara', password: 's3cret' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(sentence);
    expect(field('Hub address').getAttribute('aria-describedby')).toBe(alert.id);
    expect(field('Hub address').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a fingerprint that is not one before asking the core', async () => {
    const { onConfigure } = show(OFF);
    fireEvent.change(field('Hub address'), { target: { value: 'https://hub.example/desk' } });
    fireEvent.change(field('Hub certificate fingerprint (SHA-256)'), { target: { value: 'AB:CD' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/64 hexadecimal digits/);
    expect(onConfigure).not.toHaveBeenCalled();
  });

  it('never shows the password; says one is saved; shows the pinned fingerprint to compare', async () => {
    const on: SyncStatus = {
      ...OFF,
      state: 'synced',
      url: 'https://hub.example/desk',
      user: 'amara',
      passwordSaved: true,
      fingerprint: PRINT,
    };
    const { onConfigure, onSyncNow } = show(on);
    expect(field('Password').value).toBe('');
    expect(screen.getByText('Password saved. Type a new one to replace it.')).toBeTruthy();
    expect(field('Hub certificate fingerprint (SHA-256)').value).toBe(PRINT);
    expect(field('User name').value).toBe('amara');
    fireEvent.click(screen.getByRole('button', { name: 'Save and reconnect' }));
    // No password typed: none is sent, and the saved one stays.
    await waitFor(() =>
      expect(onConfigure).toHaveBeenCalledWith({ url: 'https://hub.example/desk', user: 'amara', fingerprint: PRINT }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(onSyncNow).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await waitFor(() => expect(onConfigure).toHaveBeenLastCalledWith({ url: '' }));
  });
});
