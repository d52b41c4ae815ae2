import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CoreResources } from './core/open-core';
import { chromiumPrinter, findChromium } from './pdf/chromium-pdf';

/** The checkout (or installed package) root: the nearest folder above this file with package.json. */
function packageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export interface AppPaths extends CoreResources {
  /** The built renderer that `serve` hands to browsers. */
  rendererDir: string;
}

export function appPaths(from: string = import.meta.dirname): AppPaths {
  const root = packageRoot(from);
  const chromium = findChromium();
  return {
    rendererDir: join(root, 'out', 'renderer'),
    samplesDir: join(root, 'resources', 'samples'),
    importWorker: { url: pathToFileURL(join(root, 'out', 'main', 'import-worker.js')) },
    ...(chromium ? { printPdf: chromiumPrinter(chromium) } : {}),
  };
}
