import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type CoreResources } from './core/open-core';
import { newSecret } from './access-token';
import { startHttpHost, type HttpHost } from './http-host';

export interface ServeOptions {
  dataDir: string;
  port: number;
  token?: string;
  rendererDir: string;
  resources: CoreResources;
}

export interface Serving {
  host: HttpHost;
  stop: () => Promise<void>;
}

/** Opens (and locks) the data folder and serves the core and the built UI on 127.0.0.1. */
export async function serve(options: ServeOptions): Promise<Serving> {
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new Error(
      `The user interface is not built (${options.rendererDir} is missing); run \`npm run build\` first.`,
    );
  }
  const core = await openCore({ dataDir: options.dataDir, resources: options.resources });
  let host: HttpHost;
  try {
    host = await startHttpHost({
      dispatch: core.dispatch,
      changes: core.changes,
      token: options.token ?? newSecret(),
      port: options.port,
      staticDir: options.rendererDir,
    });
  } catch (error) {
    await core.close();
    throw error;
  }
  return {
    host,
    stop: async () => {
      await host.close();
      await core.close();
    },
  };
}
