import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputSchemas } from '../../../shared/schemas';
import { openCore } from '../open-core';
import { snapshotDir, tempDir, TEST_RESOURCES } from '../test-helpers';

const METHODS = Object.keys(inputSchemas);

/** Payloads that are wrong in shape: never valid input for any method. */
const malformed = fc.oneof(
  fc.constantFrom(null, undefined, 0, -1, 1e308, NaN, '', 'x'.repeat(10_000), true, [], [1, 2], () => 1),
  fc.string(),
  fc.integer(),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 2 }), { minKeys: 1, maxKeys: 6 }),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')),
);

describe('dispatch under malformed payloads', () => {
  it(
    'answers every one with a coded error, never throws, and leaves the store untouched',
    { timeout: 120_000 },
    async () => {
      const dir = await tempDir();
      const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
      await core.dispatch('articles.create', { title: 'Ferry', text: 'The ferry carried 1.2 million people.' });
      await core.store.idle();
      // backups.create takes an empty payload and rightly adds a snapshot; the data must not change.
      const dataFiles = async (): Promise<Record<string, string>> =>
        Object.fromEntries(Object.entries(await snapshotDir(dir)).filter(([path]) => !path.startsWith('backups')));
      const before = await dataFiles();
      let calls = 0;
      for (const method of METHODS) {
        await fc.assert(
          fc.asyncProperty(malformed, async (payload) => {
            const result = await core.dispatch(method, payload);
            calls++;
            // Methods whose input is empty accept an empty object, and null or undefined stand for it.
            if (result.ok) {
              expect(
                payload === undefined ||
                  payload === null ||
                  (typeof payload === 'object' &&
                    payload !== null &&
                    !Array.isArray(payload) &&
                    Object.keys(payload).length === 0),
              ).toBe(true);
              return;
            }
            expect(['INVALID_INPUT', 'NOT_FOUND']).toContain(result.error.code);
            expect(result.error.message.length).toBeGreaterThan(10);
          }),
          { numRuns: 100 },
        );
      }
      // suggestions.resetLearning takes an empty payload and rightly records when; take that back.
      await core.store.updateLibrary((library) => delete library.settings.deskLearningSince, 'the settings');
      await core.store.idle();
      expect(calls).toBeGreaterThanOrEqual(100 * METHODS.length);
      expect(await dataFiles()).toEqual(before);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      await core.close();
    },
  );
});
