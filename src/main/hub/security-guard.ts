import type { UserContext } from 'express-pouchdb';

/** Where pouchdb-security keeps a database's `_security` object: an ordinary local document. */
const SECURITY_DOC = '_local/_security';

type Method = (this: unknown, ...args: unknown[]) => unknown;

function idsIn(method: string, first: unknown): unknown[] {
  if (typeof first === 'string') return [first];
  if (method === 'bulkDocs') {
    const docs = Array.isArray(first) ? first : (first as { docs?: unknown } | null)?.docs;
    return Array.isArray(docs) ? docs.map((doc) => (doc as { _id?: unknown } | null)?._id) : [];
  }
  return [(first as { _id?: unknown } | null)?._id];
}

/** The signed-in person express-pouchdb passes in a call's options; none for the server's own calls. */
function userIn(args: unknown[]): UserContext | undefined {
  for (const arg of args.slice(1)) {
    if (arg !== null && typeof arg === 'object' && 'userCtx' in arg) return (arg as { userCtx?: UserContext }).userCtx;
  }
  return undefined;
}

/**
 * A desk member may write any non-design document, and pouchdb-security counts `_local/_security`
 * as one: a member could add people to the desk or make themselves its admin by writing it (tried:
 * a PUT with its `_rev` succeeded). Only the hub's administrator, or `PUT /db/_security` (which
 * pouchdb-security itself guards), may change it.
 */
export function guardSecurityDocument(db: object): void {
  const methods = db as Record<string, Method>;
  for (const name of ['put', 'post', 'bulkDocs', 'remove', 'putAttachment', 'removeAttachment']) {
    const original = methods[name];
    if (typeof original !== 'function') continue;
    methods[name] = function guarded(this: unknown, ...args: unknown[]): unknown {
      const user = userIn(args);
      if (user && !user.roles.includes('_admin') && idsIn(name, args[0]).includes(SECURITY_DOC)) {
        const error = Object.assign(new Error('Only the hub’s administrator may change who belongs to a desk.'), {
          status: 403,
          name: 'forbidden',
        });
        const callback = args.find((arg) => typeof arg === 'function') as ((error: Error) => void) | undefined;
        if (!callback) return Promise.reject(error);
        callback(error);
        return undefined;
      }
      return original.apply(this, args);
    };
  }
}
