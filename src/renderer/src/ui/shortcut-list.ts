/** The keyboard shortcuts as the help shows them (use-work-shortcuts.ts binds them; the user guide lists them). */
export interface ShortcutHelp {
  /** Each combination, keys pressed together: [['Ctrl', 'K']]; several are alternatives, or a range. */
  keys: string[][];
  /** '–' when the combinations are the ends of a range (1–6). */
  join?: ' / ' | '–';
  does: string;
}

export const SHORTCUT_LIST: readonly ShortcutHelp[] = [
  { keys: [['T']], does: 'Tag the selected words as a claim' },
  { keys: [['J'], ['K']], does: 'Next / previous claim in the claims list' },
  { keys: [['1'], ['6']], join: '–', does: 'Set the open claim’s status, in legend order' },
  { keys: [['A'], ['D']], does: 'Accept / dismiss the open suggestion' },
  { keys: [['/']], does: 'Search the claims' },
  { keys: [['Ctrl', 'K']], does: 'Search the library' },
  { keys: [['Ctrl', 'Z']], does: 'Undo the open claim’s last change' },
  { keys: [['Ctrl', 'N']], does: 'New article' },
  { keys: [['Ctrl', ',']], does: 'Settings' },
  { keys: [['?']], does: 'This list of shortcuts' },
  { keys: [['Esc']], does: 'Leave Compare; else back to the claims list and the draft' },
];
