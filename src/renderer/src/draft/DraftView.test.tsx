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

function renderDraft() {
  const noop = (): void => undefined;
  return render(
    <DraftView
      article={article}
      versionN={1}
      selectedClaimId={null}
      onSelectClaim={noop}
      onTag={noop}
      onViewVersion={noop}
      onRename={noop}
      onDelete={noop}
      onNewVersion={noop}
      onCompare={noop}
      onReport={noop}
      suggestions={[]}
      selectedSuggestionKey={null}
      onSelectSuggestion={noop}
    />,
  );
}

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
});
