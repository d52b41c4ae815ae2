import { describe, expect, it } from 'vitest';
import { BIDI_CONTROLS, splitBidiControls, stripBidiControls } from './bidi';

const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

describe('direction controls', () => {
  it('names each of the twelve controls, with a distinct short name', () => {
    expect(Object.keys(BIDI_CONTROLS).sort()).toEqual([...CONTROLS].sort());
    expect(new Set(Object.values(BIDI_CONTROLS).map((c) => c.abbr)).size).toBe(CONTROLS.length);
  });

  it('strips every control and nothing else', () => {
    expect(stripBidiControls('evil\u202Egnp.exe')).toBe('evilgnp.exe');
    expect(stripBidiControls(CONTROLS.join('x'))).toBe('x'.repeat(CONTROLS.length - 1));
    const rtl = 'מאמר עם عربي and ZWJ\u200D and NBSP\u00A0';
    expect(stripBidiControls(rtl)).toBe(rtl);
  });

  it('cuts text into plain runs and single controls with their offsets', () => {
    expect(splitBidiControls('evil\u202Egnp.exe')).toEqual([
      { start: 0, text: 'evil' },
      { start: 4, text: '\u202E', control: { abbr: 'RLO', name: 'right-to-left override' } },
      { start: 5, text: 'gnp.exe' },
    ]);
    expect(splitBidiControls('\u2066\u2069')).toEqual([
      { start: 0, text: '\u2066', control: { abbr: 'LRI', name: 'left-to-right isolate' } },
      { start: 1, text: '\u2069', control: { abbr: 'PDI', name: 'pop directional isolate' } },
    ]);
    expect(splitBidiControls('plain')).toEqual([{ start: 0, text: 'plain' }]);
  });
});
