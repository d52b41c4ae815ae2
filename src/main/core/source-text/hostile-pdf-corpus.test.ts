import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { TEST_RESOURCES } from '../test-helpers';
import { workerTextExtractor } from './extract-runner';
import { hostilePdfCorpus } from './hostile-pdf-corpus';

const MB = 1024 * 1024;

describe('hostile and broken PDFs', () => {
  it(
    'reads each safely or refuses it with a code and a sentence (one that runs past the time limit is stopped: TOO_LARGE)',
    { timeout: 240_000 },
    async () => {
      const items = hostilePdfCorpus();
      const extractor = workerTextExtractor(TEST_RESOURCES.importWorker);
      const problems: string[] = [];
      // The first read loads pdf.js (through tsx here): not part of any file's time.
      await extractor.extract('warm-up.pdf', items[0]!.bytes, 100 * MB);
      for (const item of items) {
        let outcome: string;
        try {
          outcome = (await extractor.extract(item.name, item.bytes, 100 * MB)).state;
        } catch (error) {
          outcome = error instanceof AppError ? error.code : `unexpected ${String(error)}`;
          if (error instanceof AppError && !error.message.startsWith(item.name)) {
            problems.push(`${item.name}: the sentence does not name the file: ${error.message}`);
          }
        }
        if (outcome !== item.expect) problems.push(`${item.name}: expected ${item.expect}, got ${outcome}`);
      }
      // After the refusals the reader still works.
      expect((await extractor.extract('after.pdf', items[0]!.bytes, 100 * MB)).state).toBe('text');
      await extractor.close();
      expect(problems).toEqual([]);
    },
  );
});
