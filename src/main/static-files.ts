import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * Files of the built renderer, for the HTTP host (browser mode) and the desktop app's own scheme.
 * Only a regular file whose real path, after every symlink, lies inside the root is ever served.
 */

/** No inline script, no eval, nothing from another origin; `'none'` unless a kind is needed. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * The file for a URL path (still percent-encoded, without query), or null. Refused before the
 * disk is touched: bad escapes, NUL, backslashes (a Windows separator that `..\` hides behind)
 * and any `.` or `..` segment; then the real path must stay inside the root's real path.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  const wanted = decoded === '/' ? 'index.html' : segments.join('/');
  try {
    const realRoot = await realpath(root);
    const file = await realpath(join(realRoot, wanted));
    if (!isInside(realRoot, file) || !(await stat(file)).isFile()) return null;
    return file;
  } catch {
    return null;
  }
}
