import { articleTrashStep } from './article-trash';
import type { Migration } from './migrate';

/**
 * Numbered upgrades of stored files, one step per schema version: a change to the stored shape bumps
 * the version in file-schemas.ts and adds `{ from: <old version>, ... }` here.
 */
export const articleMigrations: readonly Migration[] = [articleTrashStep];
export const libraryMigrations: readonly Migration[] = [];
