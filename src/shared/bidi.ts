export interface BidiControl {
  /** The short name Unicode gives it, shown in the draft where it sits. */
  abbr: string;
  name: string;
}

/**
 * Unicode's explicit direction controls. In a name they reorder what is shown ("evil\u202Egnp.exe"
 * reads as "evilexe.png"), so one-line fields lose them at the API boundary; a draft keeps them,
 * and the draft view shows each one.
 */
export const BIDI_CONTROLS: Readonly<Record<string, BidiControl>> = {
  '\u061C': { abbr: 'ALM', name: 'Arabic letter mark' },
  '\u200E': { abbr: 'LRM', name: 'left-to-right mark' },
  '\u200F': { abbr: 'RLM', name: 'right-to-left mark' },
  '\u202A': { abbr: 'LRE', name: 'left-to-right embedding' },
  '\u202B': { abbr: 'RLE', name: 'right-to-left embedding' },
  '\u202C': { abbr: 'PDF', name: 'pop directional formatting' },
  '\u202D': { abbr: 'LRO', name: 'left-to-right override' },
  '\u202E': { abbr: 'RLO', name: 'right-to-left override' },
  '\u2066': { abbr: 'LRI', name: 'left-to-right isolate' },
  '\u2067': { abbr: 'RLI', name: 'right-to-left isolate' },
  '\u2068': { abbr: 'FSI', name: 'first strong isolate' },
  '\u2069': { abbr: 'PDI', name: 'pop directional isolate' },
};

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL, '');
}

export interface TextRun {
  /** Offset of the run in the text it was cut from. */
  start: number;
  text: string;
  /** Set when the run is one direction control. */
  control?: BidiControl;
}

/** Cuts text into plain runs and single direction controls, so that each control can be shown. */
export function splitBidiControls(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(BIDI_CONTROL)) {
    if (match.index > from) runs.push({ start: from, text: text.slice(from, match.index) });
    runs.push({ start: match.index, text: match[0], control: BIDI_CONTROLS[match[0]]! });
    from = match.index + 1;
  }
  if (from < text.length || runs.length === 0) runs.push({ start: from, text: text.slice(from) });
  return runs;
}
