// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../../shared/model';
import { LibraryOverview } from './LibraryOverview';

const entry = (title: string, updatedAt: string, extra: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: title.toLowerCase(),
  title,
  versionCount: 1,
  claimCount: 2,
  verifiedCount: 0,
  settledCount: 0,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt,
  ...extra,
});

const ARTICLES = [
  entry('Ferries', '2026-03-02T10:00:00.000Z', { assignees: ['Ruth', 'Amara'], updatedBy: 'Ruth' }),
  entry('Buses', '2026-03-03T10:00:00.000Z', { assignees: ['Kwame'], updatedBy: 'Kwame' }),
  entry('Trams', '2026-03-01T10:00:00.000Z'),
];

function show() {
  render(
    <LibraryOverview
      articles={ARTICLES}
      onOpen={vi.fn()}
      onNew={vi.fn()}
      people={['Amara', 'Kwame', 'Ruth']}
      me="Amara"
      conflictCounts={new Map([['buses', 2]])}
    />,
  );
  const titles = (): string[] =>
    screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('button')[0]!.textContent ?? '');
  const person = screen.getByRole('combobox', { name: 'Person' });
  return { titles, person };
}

describe('the library overview, for a desk', () => {
  afterEach(cleanup);

  it('says who changed each article last, and which have conflicts', () => {
    show();
    const buses = screen.getAllByRole('row')[1]!;
    expect(buses.textContent).toContain('by Kwame');
    expect(buses.textContent).toMatch(/Conflict\s*2/);
    expect(screen.getAllByRole('row')[3]!.textContent).not.toContain('by ');
  });

  it('filters by person: the editor’s own work, one person’s, the unassigned', () => {
    const { titles, person } = show();
    expect(titles()).toEqual(['Buses', 'Ferries', 'Trams']);
    fireEvent.change(person, { target: { value: 'me' } });
    expect(titles()).toEqual(['Ferries']);
    fireEvent.change(person, { target: { value: 'name:Kwame' } });
    expect(titles()).toEqual(['Buses']);
    fireEvent.change(person, { target: { value: 'nobody' } });
    expect(titles()).toEqual(['Trams']);
    expect(screen.getByText(/1 of 3 articles/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show everyone’s' }));
    expect(titles()).toHaveLength(3);
  });

  it('says what to do when no article has work for the person', () => {
    render(
      <LibraryOverview
        articles={[ARTICLES[2]!]}
        onOpen={vi.fn()}
        onNew={vi.fn()}
        people={['Amara']}
        me="Amara"
        conflictCounts={new Map()}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Person' }), { target: { value: 'me' } });
    expect(screen.getByText(/Assign claims under Assignee/)).toBeTruthy();
  });
});
