import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether an `Authorization` header carries the token as `Bearer <token>`. Both sides are hashed
 * first, so that the comparison takes the same time whatever was sent, even its length.
 */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const given = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
  const same = timingSafeEqual(digest(given ?? ''), digest(token));
  return given !== undefined && token !== '' && same;
}
