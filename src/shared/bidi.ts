/**
 * Unicode's explicit direction controls. In a name they reorder what is shown ("evil\u202Egnp.exe"
 * reads as "evilexe.png"), so one-line fields lose them at the API boundary; a draft keeps them,
 * and the draft view shows each one.
 */
export const BIDI_CONTROL_NAMES: Readonly<Record<string, string>> = {
  '\u061C': 'Arabic letter mark',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export interface TextRun {
  /** Offset of the run in the text it was cut from. */
  start: number;
  text: string;
  /** Set when the run is one direction control: its name. */
  control?: string;
}

/** Cuts text into plain runs and single direction controls, so that each control can be shown. */
export function splitBidiControls(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(BIDI_CONTROLS)) {
    if (match.index > from) runs.push({ start: from, text: text.slice(from, match.index) });
    runs.push({ start: match.index, text: match[0], control: BIDI_CONTROL_NAMES[match[0]]! });
    from = match.index + 1;
  }
  if (from < text.length || runs.length === 0) runs.push({ start: from, text: text.slice(from) });
  return runs;
}
