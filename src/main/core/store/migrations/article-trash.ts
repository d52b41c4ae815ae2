import type { Migration } from './migrate';

/**
 * Schema 2 of an article file may hold `article.trashedClaims`, the deleted claims with their history.
 * Nothing in a schema 1 file changes; the new number is what makes an older app, which would drop
 * the field unseen when it next saved the file, refuse the file as written by a newer version.
 */
export const articleTrashStep: Migration = {
  from: 1,
  describe: 'deleted claims are kept in the article’s trash',
  up: (doc) => doc,
};
