import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { ClaimPlace } from '../../../shared/api';
import type { Article, Suggestion } from '../../../shared/model';
import { paragraphSpans, type Span } from '../../../shared/text-shape';
import { StatusLegend } from '../claims/StatusLegend';
import { claimsByParagraph } from './segments';
import { suggestionKey } from '../suggestions/suggestion-key';
import { selectionSpan } from './selection-offsets';
import { claimHighlights } from './claim-highlights';
import { DraftHeader, type ArticleActions } from './DraftHeader';
import { Paragraph } from './Paragraph';
import { useScrollRequests, type DraftTarget } from './scroll-request';
import { useProgressiveParagraphs } from './use-progressive-paragraphs';
import { VersionExtras } from './VersionExtras';
import './flash.css';

interface Props {
  article: Article;
  /** The version shown; only the current (last) one can be tagged. */
  versionN: number;
  /** Where the claims stood in the version shown, when it is an earlier one (none while it is read). */
  earlierPlaces?: readonly ClaimPlace[];
  selectedClaimId: string | null;
  onSelectClaim: (id: string | null) => void;
  onTag: (span: Span) => void;
  onViewVersion: (n: number) => void;
  onRename: (title: string) => void;
  onNewVersion: () => void;
  onCompare: () => void;
  /** The article's menu: report, its trash, delete. */
  actions: ArticleActions;
  /** Check-worthy sentences to mark (already filtered by the editor's sensitivity). */
  suggestions: readonly Suggestion[];
  selectedSuggestionKey: string | null;
  onSelectSuggestion: (key: string | null) => void;
  /** The suggestion controls, shown in the toolbar. */
  toolbarExtra?: ReactNode;
}

export function DraftView(props: Props) {
  const { article, versionN, selectedClaimId, onSelectClaim, onTag } = props;
  const version = article.versions.find((v) => v.n === versionN) ?? article.versions[article.versions.length - 1]!;
  const isCurrent = version.n === article.versions.length;
  const root = useRef<HTMLDivElement>(null);
  const [hasSelection, setHasSelection] = useState(false);

  const paragraphs = useMemo(() => paragraphSpans(version.text), [version.text]);
  // A long draft appears a screenful first and the rest a batch per frame, never in one long task.
  const { shown, showAtLeast } = useProgressiveParagraphs(paragraphs);
  const highlights = useMemo(
    () => claimHighlights(article, version.n, isCurrent ? undefined : (props.earlierPlaces ?? [])),
    [article, version.n, isCurrent, props.earlierPlaces],
  );
  const buckets = useMemo(() => claimsByParagraph(paragraphs, highlights), [paragraphs, highlights]);
  const suggested = useMemo(
    () => props.suggestions.map((s) => ({ id: suggestionKey(s), start: s.start, end: s.end })),
    [props.suggestions],
  );
  const suggestionBuckets = useMemo(() => claimsByParagraph(paragraphs, suggested), [paragraphs, suggested]);
  const reveal = useScrollRequests(
    root,
    paragraphs,
    shown,
    (target: DraftTarget) =>
      ('claimId' in target
        ? highlights.find((c) => c.id === target.claimId)
        : suggested.find((s) => s.id === target.suggestionKey)
      )?.start ?? null,
    showAtLeast,
  );

  /** The claim last clicked in this draft: it is in view already, and scrolling would move it under the mouse. */
  const clickedHere = useRef<string | null>(null);
  // Wherever a claim is selected (the list, J/K, search, the sources), the draft brings it into view.
  useEffect(() => {
    const fromDraft = clickedHere.current === selectedClaimId;
    clickedHere.current = null;
    if (selectedClaimId && !fromDraft) reveal({ claimId: selectedClaimId }, { smooth: true, flash: true });
  }, [selectedClaimId, reveal]);

  function onMouseUp(event: MouseEvent<HTMLDivElement>): void {
    const span = root.current ? selectionSpan(root.current) : null;
    setHasSelection(span !== null);
    if (span) return;
    const target = event.target as HTMLElement;
    const mark = target.closest<HTMLElement>('[data-claim]');
    const suggestion = mark ? null : target.closest<HTMLElement>('[data-suggestion]');
    clickedHere.current = mark?.dataset.claim ?? null;
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
        onNewVersion={props.onNewVersion}
        onCompare={props.onCompare}
        actions={props.actions}
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
