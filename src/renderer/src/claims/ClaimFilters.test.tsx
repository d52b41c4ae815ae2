// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTER } from './claim-filter';
import { ClaimFilters } from './ClaimFilters';

const options = (name: string): string[] =>
  [...(screen.getByRole('combobox', { name }) as HTMLSelectElement).options].map((o) => o.textContent ?? '');

function show(conflicts: number) {
  const onChange = vi.fn();
  render(
    <ClaimFilters
      filter={NO_FILTER}
      onChange={onChange}
      me="Amara"
      assignees={['Amara', 'Kwame', 'Ruth']}
      conflicts={conflicts}
      shown={3}
      total={3}
    />,
  );
  return onChange;
}

describe('the claims list’s filters, for a desk', () => {
  afterEach(cleanup);

  it('offer the desk’s people, the editor once as "Assigned to me"', () => {
    const onChange = show(0);
    expect(options('Assignee')).toEqual(['Anyone', 'Assigned to me (Amara)', 'Not assigned', 'Kwame', 'Ruth']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Assignee' }), { target: { value: 'name:Ruth' } });
    expect(onChange).toHaveBeenCalledWith({ ...NO_FILTER, assignee: { name: 'Ruth' } });
  });

  it('offer the claims with a conflict as a status while there are any', () => {
    show(0);
    expect(options('Status').some((o) => o.startsWith('Has a conflict'))).toBe(false);
    cleanup();
    const onChange = show(2);
    expect(options('Status')[1]).toBe('Has a conflict (2)');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'conflict' } });
    expect(onChange).toHaveBeenCalledWith({ ...NO_FILTER, status: 'conflict' });
  });
});
