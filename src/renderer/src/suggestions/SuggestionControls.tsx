import type { Suggestions } from './use-suggestions';

interface Props {
  suggestions: Suggestions;
  onAcceptAll: () => void;
}

/** The slider's ends, as scores: its right end shows the most sentences (the lowest score shown). */
const LOWEST = 0.2;
const HIGHEST = 0.9;

/** The slider runs the other way from the score it sets, so that right means more suggestions. */
const flip = (value: number): number => Math.round((LOWEST + HIGHEST - value) * 100) / 100;

/** On/off, how many to show, and "accept all shown", in the draft's toolbar. */
export function SuggestionControls({ suggestions, onAcceptAll }: Props) {
  const { enabled, setEnabled, threshold, setThreshold, visible } = suggestions;
  const lowest = Math.round(threshold * 100);
  return (
    <div className="suggestion-controls" role="group" aria-label="Suggestions">
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Suggestions
      </label>
      {enabled ? (
        <>
          <label className="sensitivity" title="Right shows more sentences; left, only the surest">
            Fewer
            <input
              type="range"
              aria-label="How many to show"
              aria-valuetext={`sentences scoring ${lowest}% or more`}
              min={LOWEST}
              max={HIGHEST}
              step={0.05}
              value={flip(threshold)}
              onChange={(e) => setThreshold(flip(Number(e.target.value)))}
            />
            More
            <span className="threshold" title="The lowest score shown">
              ≥ {lowest}%
            </span>
          </label>
          <button type="button" className="button small" disabled={visible.length === 0} onClick={onAcceptAll}>
            Accept all ({visible.length})
          </button>
        </>
      ) : null}
    </div>
  );
}
