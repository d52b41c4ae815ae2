import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable if it is really installed, else null. Requiring 'electron' is no test:
 * its index.js tries to download a missing binary, which hangs on an offline machine.
 */
export function installedElectron() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative) : existsSync(pathFile) ? join(packageDir, 'dist', relative) : null;
  return binary && existsSync(binary) ? binary : null;
}
