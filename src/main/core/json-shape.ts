/** Deeper than any input of the contract or any stored record nests, shallow enough to parse at once. */
export const MAX_JSON_DEPTH = 200;

/**
 * More values than any honest input holds (a record of a 50,000-word draft with 2,000 checked
 * claims has about 200,000), few enough that JSON.parse takes a moment, not seconds, of the loop
 * every other call waits on.
 */
export const MAX_JSON_VALUES = 1_000_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Why JSON text is refused before it is parsed: nested deeper than `maxDepth`, or more than
 * `maxValues` values (counted by commas and brackets outside strings), found in one pass.
 */
export function jsonShapeProblem(
  text: string,
  maxDepth = MAX_JSON_DEPTH,
  maxValues = MAX_JSON_VALUES,
): string | undefined {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === COMMA) values++;
    else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      values++;
      if (++depth > maxDepth) return `it nests more than ${maxDepth} levels deep`;
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) depth--;
    if (values > maxValues) return `it holds more than ${maxValues.toLocaleString('en')} values`;
  }
  return undefined;
}
