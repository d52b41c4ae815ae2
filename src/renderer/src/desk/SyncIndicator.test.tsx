// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../shared/sync';
import { SyncIndicator } from './SyncIndicator';
import { pollsStatus } from './sync-indicator';

const NOW = new Date(2026, 2, 5, 15, 30);
const base: SyncStatus = {
  state: 'synced',
  pending: 0,
  conflicts: 0,
  machine: 'desk-3',
  url: 'https://hub.example/desk',
};

function show(status: SyncStatus | undefined, failure?: string) {
  const onOpenDesk = vi.fn();
  const onShowConflicts = vi.fn();
  render(
    <footer aria-label="Desk sync">
      <SyncIndicator
        status={status}
        now={NOW}
        onOpenDesk={onOpenDesk}
        onShowConflicts={onShowConflicts}
        {...(failure ? { failure } : {})}
      />
    </footer>,
  );
  const bar = screen.getByRole('contentinfo', { name: 'Desk sync' });
  return { bar, onOpenDesk, onShowConflicts };
}

describe('the sync indicator', () => {
  afterEach(cleanup);

  it('says sync is off and offers to set it up', () => {
    const { bar, onOpenDesk } = show({ ...base, state: 'off' });
    expect(bar.textContent).toContain('Sync off');
    fireEvent.click(screen.getByRole('button', { name: 'Set up a desk…' }));
    expect(onOpenDesk).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: /Conflicts/ })).toBeNull();
  });

  it('says synced, and explains with the hub and the last sync', () => {
    show({ ...base, lastSyncAt: new Date(2026, 2, 5, 15, 12).toISOString() });
    const state = screen.getByRole('button', { name: 'Synced' });
    expect(state.getAttribute('title')).toMatch(/Up to date with https:\/\/hub\.example\/desk\. Last synced 0?3:12/);
    expect(screen.queryByRole('button', { name: 'Set up a desk…' })).toBeNull();
  });

  it('counts the changes waiting to be sent', () => {
    show({ ...base, state: 'pending', pending: 3 });
    expect(screen.getByRole('button', { name: '3 changes waiting' })).toBeTruthy();
    cleanup();
    show({ ...base, state: 'pending', pending: 1 });
    expect(screen.getByRole('button', { name: '1 change waiting' })).toBeTruthy();
  });

  it('says since when it is offline: the time today, the date before', () => {
    show({ ...base, state: 'offline', pending: 2, lastSyncAt: new Date(2026, 2, 5, 9, 41).toISOString() });
    expect(screen.getByRole('button', { name: /^Offline since 0?9:41/ })).toBeTruthy();
    cleanup();
    show({ ...base, state: 'offline', lastSyncAt: new Date(2026, 2, 1, 9, 41).toISOString() });
    expect(screen.getByRole('button', { name: /^Offline since .*2026/ })).toBeTruthy();
  });

  it('gives the reason of an error in words, and opens the desk settings', () => {
    const { onOpenDesk } = show({ ...base, state: 'error', error: 'The hub refused the user name or password.' });
    const state = screen.getByRole('button', { name: 'Sync error: The hub refused the user name or password.' });
    fireEvent.click(state);
    expect(onOpenDesk).toHaveBeenCalledTimes(1);
  });

  it('shows the conflicts as a way to the desk’s list', () => {
    const { onShowConflicts } = show({ ...base, conflicts: 2 });
    fireEvent.click(screen.getByRole('button', { name: /Conflicts: 2/ }));
    expect(onShowConflicts).toHaveBeenCalledTimes(1);
  });

  it('says when the state could not be read', () => {
    const { bar } = show(undefined, 'The workbench server is not reachable.');
    expect(bar.textContent).toContain('Sync state unknown');
  });

  it('asks again only while changes wait or the hub is away, never while sync is off', () => {
    expect(pollsStatus({ ...base, state: 'pending', pending: 1 })).toBe(true);
    expect(pollsStatus({ ...base, state: 'offline' })).toBe(true);
    expect(pollsStatus({ ...base, state: 'off' })).toBe(false);
    expect(pollsStatus({ ...base, state: 'synced' })).toBe(false);
    expect(pollsStatus({ ...base, state: 'error' })).toBe(false);
    expect(pollsStatus(undefined)).toBe(false);
  });
});
