import type { IncomingMessage } from 'node:http';

/** Deeper than any input of the contract nests (a few levels), shallow enough to parse at once. */
export const MAX_JSON_DEPTH = 200;

export type Body = { bytes: Buffer } | { refused: 'TOO_LARGE' };

/** The body's bytes, or TOO_LARGE as soon as it is larger than the limit (declared or sent). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return { refused: 'TOO_LARGE' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return { refused: 'TOO_LARGE' };
    chunks.push(chunk as Buffer);
  }
  return { bytes: Buffer.concat(chunks) };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether JSON text nests arrays and objects deeper than `max`, found by one pass over the bytes
 * (brackets inside strings do not count). UTF-8 continuation bytes are never ASCII, so the bytes
 * can be scanned before decoding.
 */
export function nestsDeeperThan(bytes: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) depth--;
  }
  return false;
}

export type Parsed = { value: unknown } | { refused: string };

/** The body as a JSON value (blank is `{}`), or the sentence that says why it is refused. */
export function parseJsonBody(bytes: Buffer): Parsed {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { refused: 'The request body is not UTF-8 text.' };
  }
  if (text.trim() === '') return { value: {} };
  if (nestsDeeperThan(bytes, MAX_JSON_DEPTH)) {
    return { refused: `The request body nests more than ${MAX_JSON_DEPTH} levels deep; no input does.` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { refused: 'The request body is not valid JSON.' };
  }
}
