import type { Suggestions } from './use-suggestions';

interface Props {
  suggestions: Suggestions;
  onAcceptAll: () => void;
}

/** On/off, sensitivity, and "accept all above the threshold", in the draft's toolbar. */
export function SuggestionControls({ suggestions, onAcceptAll }: Props) {
  const { enabled, setEnabled, threshold, setThreshold, visible } = suggestions;
  return (
    <div className="suggestion-controls" role="group" aria-label="Suggestions">
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Suggestions
      </label>
      {enabled ? (
        <>
          <label className="sensitivity" title="Lower shows more sentences; higher, only the surest">
            Sensitivity
            <input
              type="range"
              aria-label="Suggestion threshold"
              min={0.2}
              max={0.9}
              step={0.05}
              value={threshold}
              onChange={(e) => setThreshold(Number(e.target.value))}
            />
            <span className="threshold">{Math.round(threshold * 100)}%</span>
          </label>
          <button type="button" className="button small" disabled={visible.length === 0} onClick={onAcceptAll}>
            Accept all ({visible.length})
          </button>
        </>
      ) : null}
    </div>
  );
}
