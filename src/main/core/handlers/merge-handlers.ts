import type { Handlers } from './context';

type Merged<P extends readonly object[]> = P extends readonly [infer First, ...infer Rest extends readonly object[]]
  ? First & Merged<Rest>
  : unknown;

/**
 * Joins each area's handlers into one map. A method named by two areas is a mistake that a spread
 * would hide (the later one silently wins), so it is refused.
 */
export function mergeHandlers<P extends readonly Partial<Handlers>[]>(...parts: P): Merged<P> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [method, handler] of Object.entries(part)) {
      if (Object.hasOwn(merged, method)) throw new Error(`Two areas handle the method ${method}.`);
      merged[method] = handler;
    }
  }
  return merged as Merged<P>;
}
