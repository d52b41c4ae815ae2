import { SentenceMatchHint } from '../past-matches/SentenceMatchHint';
import { useState } from 'react';
import type { ClaimKind, Suggestion } from '../../../shared/model';
import { KindSelect } from '../claims/KindSelect';

interface Props {
  suggestion: Suggestion;
  onAccept: (kind: ClaimKind) => void;
  onDismiss: () => void;
  onClose: () => void;
}

/** A suggested sentence in the inspector: why it was suggested, and accept or dismiss. */
export function SuggestionPanel({ suggestion, onAccept, onDismiss, onClose }: Props) {
  const [kind, setKind] = useState<ClaimKind>(suggestion.kind);
  return (
    <div className="inspector" aria-label="Suggestion">
      <div className="inspector-top">
        <button type="button" className="link-button" onClick={onClose}>
          ← All claims
        </button>
      </div>
      <p className="suggestion-label">Suggested claim · {Math.round(suggestion.score * 100)}% check-worthy</p>
      <blockquote className="claim-quote suggested-quote">{suggestion.text}</blockquote>
      <p className="toolbar-hint">Why: {suggestion.reason}.</p>
      <SentenceMatchHint text={suggestion.text} />
      <KindSelect value={kind} onChange={setKind} />
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => onAccept(kind)} title="Tag it as a claim (A)">
          Accept <kbd>A</kbd>
        </button>
        <button type="button" className="button" onClick={onDismiss} title="Not worth checking (D)">
          Dismiss <kbd>D</kbd>
        </button>
      </div>
    </div>
  );
}
