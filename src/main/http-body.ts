import type { IncomingMessage } from 'node:http';
import { jsonShapeProblem } from './core/json-shape';

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
  const problem = jsonShapeProblem(text);
  if (problem) return { refused: `The request body is refused: ${problem}, and no input does.` };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { refused: 'The request body is not valid JSON.' };
  }
}
