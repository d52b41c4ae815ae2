import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The CLEF-2019 CheckThat! Task 1 training transcripts (see ../shared/datasets/README.md): one
 * sentence a line, `line<TAB>speaker<TAB>sentence<TAB>label`. Only the training set is read here;
 * the test set is reserved for independent evaluation.
 */
export interface Transcript {
  name: string;
  sentences: string[];
  labels: number[];
}

export const CLEF_DIR = new URL('../../../shared/datasets/clef2019-task1-train/', import.meta.url);

export function loadTranscripts(dir: URL = CLEF_DIR): Transcript[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.tsv'))
    .sort()
    .map((file) => {
      const transcript: Transcript = { name: file.replace(/\.tsv$/, ''), sentences: [], labels: [] };
      for (const line of readFileSync(join(dir.pathname, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const [, , sentence, label] = line.split('\t');
        transcript.sentences.push((sentence ?? '').trim());
        transcript.labels.push(Number(label) === 1 ? 1 : 0);
      }
      return transcript;
    });
}
