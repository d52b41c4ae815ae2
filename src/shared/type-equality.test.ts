import { describe, expectTypeOf, it } from 'vitest';
import type { Equals, Flat } from './type-equality';

// Checked by `npm run typecheck` (tsconfig.node.json includes src/shared).
describe('Equals', () => {
  it('tells apart what assignability lets through', () => {
    expectTypeOf<Equals<{ a: string; b?: string }, { a: string }>>().toEqualTypeOf<false>();
    expectTypeOf<Equals<{ a: string }, { a: string; b?: string }>>().toEqualTypeOf<false>();
    expectTypeOf<Equals<{ a?: string }, { a: string }>>().toEqualTypeOf<false>();
    expectTypeOf<Equals<{ a: { b?: number } }, { a: { b: number } }>>().toEqualTypeOf<false>();
    expectTypeOf<Equals<{ a: 'x' | 'y' }, { a: string }>>().toEqualTypeOf<false>();
  });

  it('accepts the same type written two ways', () => {
    expectTypeOf<Equals<{ a?: string }, { a?: string | undefined }>>().toEqualTypeOf<true>();
    expectTypeOf<Equals<Flat<{ a: string } & { b?: number }>, Flat<{ a: string; b?: number }>>>().toEqualTypeOf<true>();
    expectTypeOf<Equals<Flat<{ a: string[] }>, { a: string[] }>>().toEqualTypeOf<true>();
  });
});
