import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, ClaimStatus, HistoryEvent } from '../../../shared/model';
import { call } from '../call';
import { statusStillBacked } from '../domain/status-rules';
import { canonicalJson } from './canonical';
import { converge, deskMachine, exchange, type DeskMachine } from './desk-test-helpers';

const TEXT =
  'Rents rose 14 percent in two years, the housing board said. Vacancies fell to 2 percent last spring. ' +
  'The mayor promised 5,000 new homes by 2030.';
const SPANS: [number, number][] = [
  [0, 33],
  [60, 84],
  [101, 140],
];

type Op =
  | { kind: 'status'; on: number; claim: number; status: ClaimStatus }
  | { kind: 'notes'; on: number; claim: number; text: string }
  | { kind: 'assignee'; on: number; claim: number; text: string }
  | { kind: 'evidence'; on: number; claim: number; relation: 'supports' | 'contradicts' }
  | { kind: 'unlink'; on: number; claim: number }
  | { kind: 'undo'; on: number; claim: number }
  | { kind: 'delete'; on: number; claim: number }
  | { kind: 'tag'; on: number; span: number }
  | { kind: 'rename'; on: number; text: string }
  | { kind: 'exchange'; on: number };

const on = fc.nat({ max: 1 });
const claim = fc.nat({ max: 5 });
const word = fc.constantFrom('', 'Ann', 'Ben', 'table 3', 'see the census');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('status' as const),
    on,
    claim,
    status: fc.constantFrom<ClaimStatus>('in-progress', 'verified', 'disputed', 'false', 'unchecked'),
  }),
  fc.record({ kind: fc.constant('notes' as const), on, claim, text: word }),
  fc.record({ kind: fc.constant('assignee' as const), on, claim, text: word }),
  fc.record({
    kind: fc.constant('evidence' as const),
    on,
    claim,
    relation: fc.constantFrom('supports', 'contradicts' as const),
  }),
  fc.record({ kind: fc.constant('unlink' as const), on, claim }),
  fc.record({ kind: fc.constant('undo' as const), on, claim }),
  fc.record({ kind: fc.constant('delete' as const), on, claim }),
  fc.record({ kind: fc.constant('tag' as const), on, span: fc.nat({ max: 2 }) }),
  fc.record({ kind: fc.constant('rename' as const), on, text: fc.constantFrom('Rents', 'Rents and homes', 'Housing') }),
  fc.record({ kind: fc.constant('exchange' as const), on }),
);

const RUNS = Number(process.env['FACTCHECK_PROPERTY_RUNS'] ?? 8);

/** Every event of every claim (active or trashed), as content; an undo is named by content too. */
function eventsOf(article: Article): string[] {
  return [...article.claims, ...(article.trashedClaims ?? [])].flatMap((c) =>
    c.history.map((e: HistoryEvent) => canonicalJson({ ...e, undoes: undefined, claim: c.id })),
  );
}

async function apply(machine: DeskMachine, articleId: string, sourceId: string, op: Op): Promise<void> {
  const { dispatch } = machine.core;
  const article = await call(dispatch, 'articles.get', { id: articleId });
  const target = article.claims[('claim' in op ? op.claim : 0) % Math.max(article.claims.length, 1)];
  // Refusals (a status the evidence does not allow, nothing to undo) are part of the game.
  const attempt = (method: Parameters<typeof dispatch>[0], input: unknown): Promise<unknown> => dispatch(method, input);
  switch (op.kind) {
    case 'tag':
      await attempt('claims.create', { articleId, start: SPANS[op.span]![0], end: SPANS[op.span]![1] });
      return;
    case 'rename':
      await attempt('articles.rename', { id: articleId, title: op.text });
      return;
    case 'exchange':
      return;
  }
  if (!target) return;
  const claimId = target.id;
  switch (op.kind) {
    case 'status':
      await attempt('claims.setStatus', {
        claimId,
        status: op.status,
        note: op.status === 'false' ? 'No.' : undefined,
      });
      return;
    case 'notes':
      await attempt('claims.update', { claimId, notes: op.text });
      return;
    case 'assignee':
      await attempt('claims.update', { claimId, assignee: op.text });
      return;
    case 'evidence':
      await attempt('claims.addEvidence', { claimId, sourceId, relation: op.relation });
      return;
    case 'unlink':
      if (target.evidence[0]) await attempt('claims.removeEvidence', { claimId, evidenceId: target.evidence[0].id });
      return;
    case 'undo':
      await attempt('claims.undo', { claimId });
      return;
    case 'delete':
      await attempt('claims.delete', { claimId });
      return;
  }
}

const machines: DeskMachine[] = [];
afterEach(async () => {
  for (const machine of machines.splice(0)) await machine.core.close();
});

describe('the desk sync converges', () => {
  it('for any interleaving of edits and exchanges: the same article on both machines, no history event lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 14 }), async (ops) => {
        const pair = [await deskMachine('alpha'), await deskMachine('bravo')];
        machines.push(...pair);
        const [a, b] = pair as [DeskMachine, DeskMachine];
        try {
          const article = await call(a.core.dispatch, 'articles.create', { title: 'Rents', text: TEXT });
          await call(a.core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 33 });
          const source = await call(a.core.dispatch, 'sources.create', { kind: 'web', title: 'Housing board' });
          await converge(pair);
          // What either machine holds whenever they exchange must survive every exchange.
          const seen = new Set<string>();
          const note = async (): Promise<void> => {
            for (const machine of pair)
              for (const event of eventsOf(await call(machine.core.dispatch, 'articles.get', { id: article.id })))
                seen.add(event);
          };
          for (const op of ops) {
            if (op.kind !== 'exchange') await apply(pair[op.on]!, article.id, source.id, op);
            else {
              await note();
              await exchange(a, b);
            }
          }
          await note();
          await converge(pair);
          const onA = await call(a.core.dispatch, 'articles.get', { id: article.id });
          const onB = await call(b.core.dispatch, 'articles.get', { id: article.id });
          expect(onB).toEqual(onA);
          const kept = new Set(eventsOf(onA));
          for (const event of seen) expect(kept).toContain(event);
          // A merged claim whose status its evidence no longer allows carries a status conflict.
          for (const c of onA.claims)
            if (!statusStillBacked(c)) expect(c.conflicts?.some((x) => x.field === 'status')).toBe(true);
          expect(await call(b.core.dispatch, 'sync.conflicts', {})).toEqual(
            await call(a.core.dispatch, 'sync.conflicts', {}),
          );
        } finally {
          for (const machine of machines.splice(0)) await machine.core.close();
        }
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
