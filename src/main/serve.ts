import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeListener } from './core/change-feed';
import type { Dispatch } from './core/handlers/dispatch';
import { openCore, type Core, type CoreResources } from './core/open-core';
import type { RemoteOptions } from './core/sync/remote';
import { newSecret } from './access-token';
import { startHttpHost, type HttpHost } from './http-host';

export interface ServeOptions {
  dataDir: string;
  port: number;
  token?: string;
  rendererDir: string;
  resources: CoreResources;
  /** Syncs continuously with this hub while serving (`--sync`), without saving it. */
  syncRemote?: RemoteOptions;
}

export interface Serving {
  host: HttpHost;
  /** Resolves when the library is open; rejects (and the host is closed) if it cannot be opened. */
  ready: Promise<void>;
  stop: () => Promise<void>;
}

/** Calls wait for the core while it opens; if it cannot open, they are answered with the reason. */
function dispatchWhenOpen(opening: Promise<Core>): Dispatch {
  return async (method, payload, origin) => {
    let core: Core;
    try {
      core = await opening;
    } catch (error) {
      return { ok: false, error: { code: 'UNAVAILABLE', message: (error as Error).message } };
    }
    return core.dispatch(method, payload, origin);
  };
}

function changesWhenOpen(opening: Promise<Core>): { subscribe: (listener: ChangeListener) => () => void } {
  return {
    subscribe: (listener) => {
      let unsubscribe: (() => void) | undefined;
      let gone = false;
      void opening.then(
        (core) => {
          if (!gone) unsubscribe = core.changes.subscribe(listener);
        },
        () => undefined,
      );
      return () => {
        gone = true;
        unsubscribe?.();
      };
    },
  };
}

/**
 * Locks the data folder and serves the built UI and the core on 127.0.0.1. The host listens as soon
 * as the folder is locked, while the library is still being read, so that the browser loads the page
 * meanwhile; calls that arrive before the library is open wait for it.
 */
export async function serve(options: ServeOptions): Promise<Serving> {
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new Error(
      `The user interface is not built (${options.rendererDir} is missing); run \`npm run build\` first.`,
    );
  }
  let locked!: () => void;
  const lockTaken = new Promise<void>((resolve) => (locked = resolve));
  const opening = openCore({
    dataDir: options.dataDir,
    resources: options.resources,
    onLocked: locked,
    ...(options.syncRemote ? { syncRemote: options.syncRemote } : {}),
  });
  // A folder another process holds (or one that cannot be read at all) fails here, before listening.
  await Promise.race([lockTaken, opening]);
  let host: HttpHost;
  try {
    host = await startHttpHost({
      dispatch: dispatchWhenOpen(opening),
      changes: changesWhenOpen(opening),
      token: options.token ?? newSecret(),
      port: options.port,
      staticDir: options.rendererDir,
    });
  } catch (error) {
    await opening.then(
      (core) => core.close(),
      () => undefined,
    );
    throw error;
  }
  const ready = opening.then(
    () => undefined,
    async (error: unknown) => {
      await host.close();
      throw error;
    },
  );
  // Whoever serves awaits `ready` when it chooses; a failure before then is not an unhandled one.
  ready.catch(() => undefined);
  return {
    host,
    ready,
    stop: async () => {
      await host.close();
      await opening.then(
        (core) => core.close(),
        () => undefined,
      );
    },
  };
}
