import { AsyncLocalStorage } from 'node:async_hooks';
import type { CoreChange } from '../../shared/events';

export type ChangeListener = (change: CoreChange) => void;

/** A change as the store reports it; the feed adds the origin of the call that made it. */
export type StoreChange = CoreChange extends infer C ? (C extends CoreChange ? Omit<C, 'origin'> : never) : never;

/** Client ids are short tokens the renderer makes up; anything else is ignored, never echoed. */
const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isClientId(value: unknown): value is string {
  return typeof value === 'string' && CLIENT_ID.test(value);
}

/**
 * The core's change events: the store publishes what it made durable, every transport subscribes.
 * The client whose call caused a change is carried through the async work of that call, so that
 * the store need not be told who is calling.
 */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private readonly origins = new AsyncLocalStorage<string>();

  constructor(private readonly log: (message: string) => void = console.error) {}

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(change: StoreChange): void {
    const origin = this.origins.getStore();
    const event = (origin ? { ...change, origin } : change) as CoreChange;
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // A listener's failure (a closed window, a dropped connection) must not fail the write.
        this.log(`[changes] a listener failed: ${(error as Error).message}`);
      }
    }
  }

  /** Runs `work` on behalf of no client (the core's own work, changes from other machines). */
  detached<T>(work: () => T): T {
    return this.origins.exit(work);
  }

  /** Runs `work` on behalf of `origin`: the changes it makes carry that name. */
  as<T>(origin: string | undefined, work: () => Promise<T>): Promise<T> {
    return isClientId(origin) ? this.origins.run(origin, work) : work();
  }
}
