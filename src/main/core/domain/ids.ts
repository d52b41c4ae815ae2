import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

export const newArticleId = (): string => `a${randomToken(12)}`;
export const newSourceId = (): string => `s${randomToken(12)}`;
export const newEvidenceId = (): string => `e${randomToken(10)}`;

/** Claim ids carry their article's id, so that `claims.*` calls find the right file without an index. */
export const newClaimId = (articleId: string): string => `${articleId}-c${randomToken(10)}`;

export function articleIdOfClaim(claimId: string): string | undefined {
  const match = /^(a[0-9a-z]+)-c[0-9a-z]+$/.exec(claimId);
  return match?.[1];
}
