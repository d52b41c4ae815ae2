import { splitBidiControls } from '../../../shared/bidi';

interface VisibleTextProps {
  text: string;
  /** Offset of `text` in the version: every run keeps its own, for selection-offsets.ts. */
  start: number;
}

/**
 * A stretch of the draft with each direction control shown as a small marker. The control stays in
 * the page (so offsets and copying are unchanged) inside an isolated span, where it can no longer
 * reorder the words around it: the editor reads the characters in the order they are stored.
 */
export function VisibleText({ text, start }: VisibleTextProps) {
  const runs = splitBidiControls(text);
  if (runs.length === 1 && !runs[0]!.control) return text;
  return runs.map((run) => {
    const from = start + run.start;
    const place = { 'data-start': from, 'data-end': from + run.text.length };
    return run.control ? (
      <span key={from} {...place} className="bidi-control" data-abbr={run.control.abbr} title={run.control.name}>
        {run.text}
      </span>
    ) : (
      <span key={from} {...place}>
        {run.text}
      </span>
    );
  });
}
