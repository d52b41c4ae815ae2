// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article, Claim } from '../../../shared/model';
import { DraftView } from './DraftView';
import { scrollDraftTo } from './scroll-request';

const at = '2026-11-30T09:00:00.000Z';
// 400 paragraphs of about 120 characters: far more than the first screenful.
const paragraphs = Array.from(
  { length: 400 },
  (_, i) => `Paragraph ${i} says the council spent ${i} million on pipes.`,
);
const text = paragraphs.join('\n\n');

function claimOn(i: number): Claim {
  const start = text.indexOf(`Paragraph ${i} `);
  return {
    id: `c${i}`,
    anchor: { version: 1, start, end: start + 12, exact: text.slice(start, start + 12), prefix: '', suffix: '' },
    anchorState: 'current',
    kind: 'statistic',
    status: 'unchecked',
    notes: '',
    evidence: [],
    history: [],
    origin: 'manual',
    createdAt: at,
    updatedAt: at,
  };
}

const article: Article = {
  id: 'a1',
  title: 'Pipes',
  createdAt: at,
  updatedAt: at,
  versions: [{ n: 1, text, format: 'paste', createdAt: at, sha256: '' }],
  claims: [claimOn(0), claimOn(399)],
};

const noop = (): void => undefined;

function draft(selectedClaimId: string | null = null, onSelectClaim: (id: string | null) => void = noop) {
  return (
    <DraftView
      article={article}
      versionN={1}
      selectedClaimId={selectedClaimId}
      onSelectClaim={onSelectClaim}
      onTag={noop}
      onViewVersion={noop}
      onRename={noop}
      onNewVersion={noop}
      onCompare={noop}
      actions={{ onReport: noop, onShowTrash: noop, onDelete: noop }}
      suggestions={[]}
      selectedSuggestionKey={null}
      onSelectSuggestion={noop}
    />
  );
}

const renderDraft = () => render(draft());

afterEach(cleanup);

describe('DraftView on a long draft', () => {
  it('draws the first screenful at once and every paragraph soon after', async () => {
    const { container } = renderDraft();
    const drawn = container.querySelectorAll('.draft-paragraph').length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(400);
    expect(container.querySelector('[data-claim="c0"]')).not.toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.draft-paragraph')).toHaveLength(400));
    expect(container.querySelector('[data-claim="c399"]')?.textContent).toBe('Paragraph 39');
  });

  it('scrolls to a claim whose paragraph is not drawn yet, drawing up to it first', () => {
    const scrolled = vi.fn<(this: Element) => void>(function (this: Element) {});
    Element.prototype.scrollIntoView = scrolled;
    const { container } = renderDraft();
    expect(container.querySelector('[data-claim="c399"]')).toBeNull();
    // Within the same act: not by waiting for the batches drawn frame by frame.
    act(() => scrollDraftTo({ claimId: 'c399' }));
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.contexts[0]).toBe(container.querySelector('[data-claim="c399"]'));
  });

  it('ignores a claim that is not in the draft shown', () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    renderDraft();
    act(() => scrollDraftTo({ claimId: 'elsewhere' }));
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('brings a claim selected elsewhere into view and flashes it; one clicked in the draft stays put', () => {
    const scrolled = vi.fn<(this: Element) => void>(function (this: Element) {});
    Element.prototype.scrollIntoView = scrolled;
    const { container, rerender } = render(draft());
    act(() => rerender(draft('c399')));
    const far = container.querySelector<HTMLElement>('[data-claim="c399"]')!;
    expect(scrolled.mock.contexts).toEqual([far]);
    expect(far.dataset.flash).toBe('on');

    const near = container.querySelector<HTMLElement>('[data-claim="c0"]')!;
    const select = vi.fn();
    rerender(draft('c399', select));
    act(() => near.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
    expect(select).toHaveBeenCalledWith('c0');
    act(() => rerender(draft('c0', select)));
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(near.dataset.flash).toBeUndefined();
  });
});
