import type { ArticleSummary } from './model';

/**
 * What changed in the stored data, published by the core after the change is durable. The renderer
 * refreshes the queries each kind covers; `origin` names the client whose call made the change
 * (absent for the core's own work and, later, for changes that arrive from other machines).
 */
export type CoreChange =
  /** One article's file changed (versions, claims, title); `summary` is its new list entry. */
  | { kind: 'article'; articleId: string; summary: ArticleSummary; origin?: string }
  | { kind: 'article-removed'; articleId: string; origin?: string }
  /** The sources library (fields, attachments, merges, deletions). */
  | { kind: 'sources'; origin?: string }
  | { kind: 'settings'; origin?: string }
  /** An attached file's text was read (or could not be): its text state and the text search changed. */
  | { kind: 'source-text'; origin?: string }
  /** Anything may have changed (a backup was restored): read everything again. */
  | { kind: 'everything'; origin?: string }
  /** The archive of past fact-checks (imports, deletions, the rating mapping). */
  | { kind: 'past-checks'; origin?: string }
  /** The desk sync's status or its list of conflicts changed (never carries an origin). */
  | { kind: 'sync'; origin?: string };

export type CoreChangeKind = CoreChange['kind'];

/** Browser mode: Server-Sent Events, one `data: <CoreChange JSON>` message each; same token and Host rules. */
export const EVENTS_PATH = '/api/events';

/** The header (HTTP) that names the calling client, so that it can recognise its own changes. */
export const CLIENT_HEADER = 'x-workbench-client';
