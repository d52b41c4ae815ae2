// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssigneeSelect } from './AssigneeSelect';

const optionTexts = (select: HTMLElement): string[] =>
  [...(select as HTMLSelectElement).options].map((o) => o.textContent ?? '');

describe('the assignee select', () => {
  afterEach(cleanup);

  it('offers nobody and the desk’s people, the editor marked, and assigns the one chosen', () => {
    const onChange = vi.fn();
    render(<AssigneeSelect value={undefined} people={['Amara', 'Ruth']} me="Amara" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Assignee' });
    expect(optionTexts(select)).toEqual(['Nobody', 'Amara (you)', 'Ruth']);
    expect((select as HTMLSelectElement).value).toBe('');
    fireEvent.change(select, { target: { value: 'Ruth' } });
    expect(onChange).toHaveBeenCalledWith('Ruth');
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('keeps a stored assignee who is not on the members list as the value shown', () => {
    render(<AssigneeSelect value="Former Intern" people={['Amara', 'Ruth']} me="Amara" onChange={vi.fn()} />);
    const select = screen.getByRole('combobox', { name: 'Assignee' }) as HTMLSelectElement;
    expect(select.value).toBe('Former Intern');
    expect(optionTexts(select)).toContain('Former Intern');
  });

  it('points to the members list while the editor is the only person to choose', () => {
    const onEditPeople = vi.fn();
    render(
      <AssigneeSelect value={undefined} people={['Amara']} me="Amara" onChange={vi.fn()} onEditPeople={onEditPeople} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add the desk’s people…' }));
    expect(onEditPeople).toHaveBeenCalledTimes(1);
    cleanup();
    render(
      <AssigneeSelect
        value={undefined}
        people={['Amara', 'Ruth']}
        me="Amara"
        onChange={vi.fn()}
        onEditPeople={onEditPeople}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Add the desk’s people…' })).toBeNull();
  });
});
