// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

/** Whether the view below fails, as a damaged record might make one fail. */
const failing = { now: true };

function View() {
  if (failing.now) throw new Error('Cannot read the claim’s anchor.');
  return <p>The draft</p>;
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    failing.now = true;
    // React reports the caught error on the console; the boundary's own report is what is tested.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows what failed, its message and the ways back instead of a blank window', () => {
    render(
      <ErrorBoundary name="The workbench" onBack={() => undefined}>
        <View />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert', { name: 'Something went wrong' });
    expect(alert.textContent).toContain('The workbench ran into a problem');
    expect(alert.textContent).toContain('Cannot read the claim’s anchor.');
    expect(screen.getByRole('button', { name: 'Back to the overview' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.queryByText('The draft')).toBeNull();
  });

  it('goes back, then draws its content again', () => {
    const onBack = vi.fn(() => {
      failing.now = false;
    });
    render(
      <ErrorBoundary name="The workbench" onBack={onBack}>
        <View />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to the overview' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(screen.getByText('The draft')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers only Reload when there is nowhere to go back to', () => {
    render(
      <ErrorBoundary name="This pane">
        <View />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This pane ran into a problem');
    expect(screen.queryByRole('button', { name: 'Back to the overview' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
