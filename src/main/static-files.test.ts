import { realpath, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './core/test-helpers';
import { escapingPaths, staticFixture } from './http-host-test-fixtures';
import { contentTypeOf, resolveStaticFile } from './static-files';

describe('resolveStaticFile', () => {
  it('finds files inside the root, and symlinks that stay inside', async () => {
    const { root } = await staticFixture();
    const real = await realpath(root);
    expect(await resolveStaticFile(root, '/')).toBe(join(real, 'index.html'));
    expect(await resolveStaticFile(root, '/index.html')).toBe(join(real, 'index.html'));
    expect(await resolveStaticFile(root, '/assets/app.js')).toBe(join(real, 'assets', 'app.js'));
    expect(await resolveStaticFile(root, '/assets/%61pp.js')).toBe(join(real, 'assets', 'app.js'));
    expect(await resolveStaticFile(root, '/alias.js')).toBe(join(real, 'assets', 'app.js'));
  });

  it('refuses every path that leaves the root: dot segments, encodings, backslashes, NUL, symlinks', async () => {
    const { root, secret } = await staticFixture();
    const paths = escapingPaths(secret);
    expect(paths.length).toBeGreaterThanOrEqual(30);
    for (const path of [...paths, '']) expect(await resolveStaticFile(root, path), path).toBeNull();
  });

  it('serves from a root that is itself reached through a symlink', async () => {
    const { root } = await staticFixture();
    const link = join(await tempDir(), 'renderer');
    await symlink(root, link);
    expect(await resolveStaticFile(link, '/assets/app.js')).toBe(join(await realpath(root), 'assets', 'app.js'));
    expect(await resolveStaticFile(link, '/leak.txt')).toBeNull();
  });

  it('names the content type by extension, whatever its case', () => {
    expect(contentTypeOf('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/x/APP.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/x/secret')).toBe('application/octet-stream');
  });
});
