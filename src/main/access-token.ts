import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** A fresh random secret (192 bits), safe in a URL. */
export const newSecret = (): string => randomBytes(24).toString('base64url');

/**
 * Whether an `Authorization` header carries the token as `Bearer <token>`. Both sides are hashed
 * first, so that the comparison takes the same time whatever was sent, even its length.
 */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const given = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
  const same = timingSafeEqual(digest(given ?? ''), digest(token));
  return given !== undefined && token !== '' && same;
}

export interface LaunchCodes {
  /** A new code that can be exchanged once for the session token. */
  mint: () => string;
  /** Whether `code` was minted and not used yet; it is used up either way. */
  redeem: (code: string) => boolean;
}

/** At most this many codes wait to be used: minting more forgets the oldest. */
const MAX_WAITING = 16;

/**
 * Single-use launch codes: the printed address carries one instead of the token, so that the
 * address left in a browser's history or a terminal's scrollback opens nothing. Only digests are
 * kept, so a lookup's timing says nothing about the codes.
 */
export function launchCodes(): LaunchCodes {
  const waiting = new Set<string>();
  return {
    mint: () => {
      const code = newSecret();
      waiting.add(digest(code).toString('hex'));
      if (waiting.size > MAX_WAITING) waiting.delete(waiting.values().next().value!);
      return code;
    },
    redeem: (code) => waiting.delete(digest(code).toString('hex')),
  };
}
