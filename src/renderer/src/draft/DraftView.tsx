import { memo, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { Article, Claim, Suggestion } from '../../../shared/model';
import { paragraphSpans, type Span } from '../../../shared/text-shape';
import { StatusLegend } from '../claims/StatusLegend';
import { claimsByParagraph, sameHighlights, segmentParagraph } from './segments';
import { suggestionKey } from '../suggestions/suggestion-key';
import { selectionSpan } from './selection-offsets';
import { DraftHeader } from './DraftHeader';
import { VersionExtras } from './VersionExtras';

interface Props {
  article: Article;
  /** The version shown; only the current (last) one can be tagged. */
  versionN: number;
  selectedClaimId: string | null;
  onSelectClaim: (id: string | null) => void;
  onTag: (span: Span) => void;
  onViewVersion: (n: number) => void;
  onRename: (title: string) => void;
  onDelete: () => void;
  onNewVersion: () => void;
  onCompare: () => void;
  onReport: () => void;
  /** Check-worthy sentences to mark (already filtered by the editor's sensitivity). */
  suggestions: readonly Suggestion[];
  selectedSuggestionKey: string | null;
  onSelectSuggestion: (key: string | null) => void;
  /** The suggestion controls, shown in the toolbar. */
  toolbarExtra?: ReactNode;
}

const FIRST_PARAGRAPHS = 40;
const MORE_PARAGRAPHS = 80;

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
const Paragraph = memo(function Paragraph({
  text,
  span,
  claims,
  suggestions,
  selectedClaimId,
  selectedSuggestionKey,
}: ParagraphProps) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return (
    <p className="draft-paragraph" data-start={span.start} data-end={span.end}>
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
              {body}
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
            {body}
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

export function DraftView(props: Props) {
  const { article, versionN, selectedClaimId, onSelectClaim, onTag } = props;
  const version = article.versions.find((v) => v.n === versionN) ?? article.versions[article.versions.length - 1]!;
  const isCurrent = version.n === article.versions.length;
  const root = useRef<HTMLDivElement>(null);
  const [hasSelection, setHasSelection] = useState(false);

  const paragraphs = useMemo(() => paragraphSpans(version.text), [version.text]);
  // A long draft appears a screenful first and the rest in small steps, never in one long task.
  const [shown, setShown] = useState(FIRST_PARAGRAPHS);
  useEffect(() => {
    if (shown >= paragraphs.length) return;
    const timer = setTimeout(() => setShown((n) => n + MORE_PARAGRAPHS), 0);
    return () => clearTimeout(timer);
  }, [shown, paragraphs.length]);
  const buckets = useMemo(
    () =>
      claimsByParagraph(
        paragraphs,
        article.claims
          .filter((c) => c.anchor.version === version.n)
          .map((c) => ({ id: c.id, start: c.anchor.start, end: c.anchor.end, status: c.status })),
      ),
    [paragraphs, article.claims, version.n],
  );
  const suggestionBuckets = useMemo(
    () =>
      claimsByParagraph(
        paragraphs,
        props.suggestions.map((s) => ({ id: suggestionKey(s), start: s.start, end: s.end })),
      ),
    [paragraphs, props.suggestions],
  );

  function onMouseUp(event: MouseEvent<HTMLDivElement>): void {
    const span = root.current ? selectionSpan(root.current) : null;
    setHasSelection(span !== null);
    if (span) return;
    const target = event.target as HTMLElement;
    const mark = target.closest<HTMLElement>('[data-claim]');
    const suggestion = mark ? null : target.closest<HTMLElement>('[data-suggestion]');
    onSelectClaim(mark?.dataset.claim ?? null);
    props.onSelectSuggestion(suggestion?.dataset.suggestion ?? null);
  }

  function tag(): void {
    const span = root.current ? selectionSpan(root.current) : null;
    if (span) onTag(span);
    window.getSelection()?.removeAllRanges();
    setHasSelection(false);
  }

  return (
    <main className="pane draft-pane">
      <DraftHeader
        article={article}
        version={version}
        onViewVersion={props.onViewVersion}
        onRename={props.onRename}
        onDelete={props.onDelete}
        onNewVersion={props.onNewVersion}
        onCompare={props.onCompare}
        onReport={props.onReport}
      />
      <div className="draft-toolbar">
        {isCurrent ? (
          <>
            <button
              type="button"
              className="button primary"
              onClick={tag}
              disabled={!hasSelection}
              title="Tag the selected words as a claim (T)"
            >
              Tag claim <kbd>T</kbd>
            </button>
            <span className="toolbar-hint">
              {hasSelection ? 'Press T to tag the selection' : 'Select the words of a claim'}
            </span>
          </>
        ) : (
          <span className="toolbar-hint">Earlier version: read only</span>
        )}
        {isCurrent ? props.toolbarExtra : null}
        <StatusLegend />
      </div>
      <VersionExtras version={version} />
      <div
        ref={root}
        className="draft-text"
        onMouseUp={onMouseUp}
        onKeyUp={() => setHasSelection(root.current ? selectionSpan(root.current) !== null : false)}
        data-testid="draft-text"
        id="draft-text"
        data-version={version.n}
        data-current={isCurrent}
      >
        {paragraphs.slice(0, shown).map((span, i) => (
          <Paragraph
            key={span.start}
            text={version.text}
            span={span}
            claims={buckets[i]!}
            suggestions={suggestionBuckets[i]!}
            selectedSuggestionKey={props.selectedSuggestionKey}
            selectedClaimId={selectedClaimId}
          />
        ))}
      </div>
    </main>
  );
}
