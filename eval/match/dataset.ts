import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MatchEntry } from '../../src/main/core/matching/match-index';

/** CLEF-2021 CheckThat! Task 2A (English), beside the project: ../shared/datasets/checkthat2021-task2a-en/. */
export const DATASET_DIR = fileURLToPath(new URL('../../../shared/datasets/checkthat2021-task2a-en/', import.meta.url));

export interface Query {
  id: string;
  text: string;
  /** The verified claims the tweet repeats. */
  relevant: Set<string>;
}

function rows(file: string): string[][] {
  return readFileSync(DATASET_DIR + file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

export function datasetPresent(): boolean {
  return existsSync(DATASET_DIR + 'verified_claims.tsv');
}

/** The 13,825 verified claims (claim and title), as the matcher's entries. */
export function loadClaims(): MatchEntry[] {
  return rows('verified_claims.tsv')
    .slice(1)
    .map(([id, text, title]) => ({ id: id!, text: text!, title: title ?? '' }));
}

/** The train or dev tweets with the claims each repeats (the test queries are never read). */
export function loadQueries(split: 'train' | 'dev'): Query[] {
  const relevant = new Map<string, Set<string>>();
  for (const [tweet, , claim] of rows(`${split}_qrels.tsv`)) {
    relevant.set(tweet!, (relevant.get(tweet!) ?? new Set()).add(claim!));
  }
  return rows(`${split}_queries.tsv`)
    .slice(1)
    .map(([id, text]) => ({ id: id!, text: text!, relevant: relevant.get(id!) ?? new Set() }))
    .filter((q) => q.relevant.size > 0);
}
