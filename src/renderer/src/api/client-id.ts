/**
 * This page's id, made once per page load: sent with every call, so that the change events those
 * calls cause can be told apart from other windows' and other programs' changes.
 */
export const CLIENT_ID = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) =>
  b.toString(16).padStart(2, '0'),
).join('');
