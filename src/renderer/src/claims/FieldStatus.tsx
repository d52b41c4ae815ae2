import type { ReactNode } from 'react';
import type { FieldFeedback } from './field-feedback';
import './field-status.css';

interface Props {
  id: string;
  feedback: FieldFeedback | undefined;
  /** The field itself, usually a <label> around its input. */
  children: ReactNode;
  grow?: boolean;
}

/**
 * A field with the word beside it once its change came back: "Saved", or why the core refused it.
 * The line is always in the page (empty when idle), so that screen readers announce what appears.
 */
export function FieldStatus({ id, feedback, children, grow }: Props) {
  return (
    <div className={grow ? 'field grow' : 'field'}>
      {children}
      <span
        id={id}
        className={`field-status${feedback ? ` ${feedback.kind}` : ''}`}
        aria-live="polite"
        title={feedback?.code ? `Code: ${feedback.code}` : undefined}
      >
        {feedback?.kind === 'saved' ? (
          <>
            <span aria-hidden>✓ </span>Saved
          </>
        ) : (
          (feedback?.text ?? '')
        )}
      </span>
    </div>
  );
}
