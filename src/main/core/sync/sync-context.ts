import type { Store } from '../store/store';
import type { Writer } from './field-clock';
import type { Mirror } from './mirror';

/** What the exchange between the data folder and the mirror works with. */
export interface SyncContext {
  store: Store;
  mirror: Mirror;
  /** Who is writing now, on which machine: a fresh time on each call. */
  writer: () => Writer;
  /** A record from the desk that this machine cannot read (kept out, never written locally). */
  refused: (what: string) => void;
}

/** What one exchange did, for the status and the `sync` command's report. */
export interface Exchange {
  exported: number;
  imported: number;
  /** The group could not be finished now (the data folder changed meanwhile, or parts are still on the way). */
  retry: boolean;
}

export const nothingExchanged = (): Exchange => ({ exported: 0, imported: 0, retry: false });
