import type { Migration } from './migrate';

/**
 * Numbered upgrades of stored files. Schema 1 is the first released format, so both lists are empty;
 * a change to the stored shape bumps the version in file-schemas.ts and adds `{ from: 1, ... }` here.
 */
export const articleMigrations: readonly Migration[] = [];
export const libraryMigrations: readonly Migration[] = [];
