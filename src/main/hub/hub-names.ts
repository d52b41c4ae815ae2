/**
 * Names on the hub. A desk's database name follows CouchDB's rule for database names, narrowed to
 * what the hub's file names store unchanged (no `/`, `$`, `(`, `)` or `+`), so the name the gate checks
 * is the database express-pouchdb opens. A person's name may not contain `:` (HTTP Basic
 * authentication splits there) nor start with `_` (CouchDB's system names).
 */
export const DESK_NAME = /^[a-z][a-z0-9_-]{0,63}$/;
export const USER_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u;

/** Hub passwords are checked with a fast hash (see docs/security.md): length is what protects them. */
export const PASSWORD_MIN_LENGTH = 12;

/** The server administrator the hub creates on its first start. */
export const ADMIN_NAME = 'admin';
