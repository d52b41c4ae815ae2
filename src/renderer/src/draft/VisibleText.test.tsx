// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Paragraph } from './Paragraph';
import { selectionSpan } from './selection-offsets';

const TEXT = 'Open evil\u202Egnp.exe now';

function drawn(claims: { id: string; start: number; end: number; status: 'unchecked' }[] = []) {
  const { container } = render(
    <Paragraph
      text={TEXT}
      span={{ start: 0, end: TEXT.length }}
      claims={claims}
      suggestions={[]}
      selectedClaimId={null}
      selectedSuggestionKey={null}
    />,
  );
  return container;
}

describe('direction controls in the draft', () => {
  afterEach(cleanup);

  it('are each shown by a named marker, the text itself unchanged', () => {
    const root = drawn([{ id: 'c1', start: 5, end: 17, status: 'unchecked' }]);
    const markers = [...root.querySelectorAll<HTMLElement>('.bidi-control')];
    expect(markers.map((m) => [m.textContent, m.dataset.abbr, m.title, m.dataset.start])).toEqual([
      ['\u202E', 'RLO', 'right-to-left override', '9'],
    ]);
    expect(markers[0]!.closest('mark')?.dataset.claim).toBe('c1');
    expect(root.textContent).toBe(TEXT);
  });

  it('leave a paragraph without them as plain text', () => {
    const { container } = render(
      <Paragraph
        text="Plain words."
        span={{ start: 0, end: 12 }}
        claims={[]}
        suggestions={[]}
        selectedClaimId={null}
        selectedSuggestionKey={null}
      />,
    );
    expect(container.querySelector('.bidi-control')).toBeNull();
    expect(container.querySelector('[data-start="0"]')?.childNodes).toHaveLength(1);
  });

  it('keep selections mapped to the right offsets after a marker', () => {
    const root = drawn();
    const after = [...root.querySelectorAll<HTMLElement>('[data-start="10"]')].at(-1)!;
    expect(after.textContent).toBe('gnp.exe now');
    const range = document.createRange();
    range.setStart(after.firstChild!, 0);
    range.setEnd(after.firstChild!, 7);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    expect(selectionSpan(root)).toEqual({ start: 10, end: 17 });
  });
});
