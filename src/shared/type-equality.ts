/**
 * Compile-time proofs that two definitions of one thing agree (a zod schema and the type it checks).
 * `Equals` is strict: an optional field present on one side only makes it false, unlike
 * assignability, which lets the schema silently drop a field the type has.
 */
export type Equals<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;

/** Fails to compile, naming the entry, when any entry is not `true`. */
export type AllTrue<T extends Record<string, true>> = T;

/** The same type with intersections merged into one object, at every depth. */
export type Flat<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]: Flat<T[K]> }
    : T;
