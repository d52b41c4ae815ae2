/** A suggestion's identity on screen: where it is in the current version. */
export const suggestionKey = (s: { start: number; end: number }): string => `${s.start}-${s.end}`;
