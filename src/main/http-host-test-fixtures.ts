import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { join, sep } from 'node:path';
import { tempDir } from './core/test-helpers';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  /** Sent exactly as given: no normalization of `..`, `%2e` or backslashes on the way. */
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** One connection per request, so that a refused request cannot leave a half-read body for the next. */
const agent = new Agent({ keepAlive: false });

/** A raw HTTP request to the host on 127.0.0.1, so that the Host header and the path can be anything. */
export function sendRaw(port: number, options: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * A static root beside a secret folder, with symlinks from the root to the secret (must not be
 * followed) and within the root (fine).
 */
export async function staticFixture(): Promise<{ root: string; secret: string }> {
  const parent = await tempDir();
  const root = join(parent, 'static');
  const outside = join(parent, 'outside');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(root, 'index.html'), '<!doctype html><title>ui</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(outside, 'secret.txt'), 'TOP SECRET');
  await symlink(join(outside, 'secret.txt'), join(root, 'leak.txt'));
  await symlink(outside, join(root, 'linked'));
  await symlink('../outside/secret.txt', join(root, 'assets', 'relative-leak.js'));
  await symlink(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
  return { root, secret: join(outside, 'secret.txt') };
}

/** Paths that try to leave the root of `staticFixture`; none may resolve. */
export function escapingPaths(secret: string): string[] {
  const absolute = secret.split(sep).join('/');
  return [
    '/../outside/secret.txt',
    '/assets/../../outside/secret.txt',
    '/./../outside/secret.txt',
    '/%2e%2e/outside/secret.txt',
    '/%2E%2E/outside/secret.txt',
    '/.%2e/outside/secret.txt',
    '/..%2foutside%2fsecret.txt',
    '/%2e%2e%2foutside%2fsecret.txt',
    '/assets%2f..%2f..%2foutside%2fsecret.txt',
    '/%252e%252e/outside/secret.txt',
    '/%252e%252e%252foutside%252fsecret.txt',
    '/..\\outside\\secret.txt',
    '/assets\\..\\..\\outside\\secret.txt',
    '/..%5coutside%5csecret.txt',
    '/%5c..%5c..%5coutside%5csecret.txt',
    '/%c0%ae%c0%ae/outside/secret.txt',
    '/index.html%00',
    '/%00/../outside/secret.txt',
    '/assets/app.js%00.html',
    `/${encodeURIComponent(absolute)}`,
    `/${absolute}`,
    `//${absolute}`,
    '/leak.txt',
    '/linked/secret.txt',
    '/assets/relative-leak.js',
    '/linked',
    '/assets',
    '/assets/',
    '/%',
    'index.html',
  ];
}
