import { memo, type CSSProperties } from 'react';
import type { Claim } from '../../../shared/model';
import type { Span } from '../../../shared/text-shape';
import { estimatedLines } from './progressive';
import { sameHighlights, segmentParagraph } from './segments';
import { VisibleText } from './VisibleText';

interface ParagraphProps {
  text: string;
  span: Span;
  claims: { id: string; start: number; end: number; status: Claim['status'] }[];
  suggestions: { id: string; start: number; end: number }[];
  selectedClaimId: string | null;
  selectedSuggestionKey: string | null;
}

/**
 * One paragraph with its highlights. It re-renders only when its own claims or suggestions change
 * (compared by content), so a status change on a long draft repaints one paragraph, not all.
 */
export const Paragraph = memo(function Paragraph({
  text,
  span,
  claims,
  suggestions,
  selectedClaimId,
  selectedSuggestionKey,
}: ParagraphProps) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return (
    <p
      className="draft-paragraph"
      data-start={span.start}
      data-end={span.end}
      // Until drawn once, an off-screen paragraph takes the height its length suggests (styles.css).
      style={{ '--lines': estimatedLines(span) } as CSSProperties}
    >
      {segmentParagraph(span, claims, suggestions).map((seg) => {
        const top = seg.claimIds[0] ? byId.get(seg.claimIds[0]) : undefined;
        const body = text.slice(seg.start, seg.end);
        if (!top) {
          const suggested = seg.suggestionId
            ? {
                'data-suggestion': seg.suggestionId,
                className: `suggested${seg.suggestionId === selectedSuggestionKey ? ' selected' : ''}`,
              }
            : {};
          return (
            <span key={seg.start} data-start={seg.start} data-end={seg.end} {...suggested}>
              <VisibleText text={body} start={seg.start} />
            </span>
          );
        }
        const selected = selectedClaimId !== null && seg.claimIds.includes(selectedClaimId);
        return (
          <mark
            key={seg.start}
            data-start={seg.start}
            data-end={seg.end}
            data-claim={top.id}
            className={`claim-highlight status-${top.status}${selected ? ' selected' : ''}${seg.claimIds.length > 1 ? ' overlap' : ''}`}
          >
            <VisibleText text={body} start={seg.start} />
          </mark>
        );
      })}
    </p>
  );
}, sameParagraph);

function sameParagraph(a: ParagraphProps, b: ParagraphProps): boolean {
  const selectionTouches = (p: ParagraphProps, claimId: string | null, key: string | null): boolean =>
    p.claims.some((c) => c.id === claimId) || p.suggestions.some((s) => s.id === key);
  return (
    a.text === b.text &&
    a.span.start === b.span.start &&
    a.span.end === b.span.end &&
    sameHighlights(a.claims, b.claims) &&
    sameHighlights(a.suggestions, b.suggestions) &&
    (a.selectedClaimId === b.selectedClaimId ||
      (!selectionTouches(a, a.selectedClaimId, null) && !selectionTouches(b, b.selectedClaimId, null))) &&
    (a.selectedSuggestionKey === b.selectedSuggestionKey ||
      (!selectionTouches(a, null, a.selectedSuggestionKey) && !selectionTouches(b, null, b.selectedSuggestionKey)))
  );
}
