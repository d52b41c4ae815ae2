import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './core/test-helpers';
import { startHttpHost, type HttpHost } from './http-host';
import { sendRaw } from './http-host-test-fixtures';

const TOKEN = 'secret-token';
const SECRET = 'TypeError: cannot read /home/editor/.workbench/library.json';

let host: HttpHost | undefined;

afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('HTTP host, unexpected failures', () => {
  it('answers 500 with a generic sentence and an id, and logs the id with the stack', async () => {
    const lines: string[] = [];
    host = await startHttpHost({
      dispatch: () => Promise.reject(new Error(SECRET)),
      token: TOKEN,
      port: 0,
      staticDir: await tempDir(),
      log: (line) => lines.push(line),
    });
    const reply = await sendRaw(host.port, {
      method: 'POST',
      path: '/api/articles.list',
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: '{}',
    });
    expect(reply.status).toBe(500);
    const { error } = JSON.parse(reply.body) as { error: { code: string; message: string } };
    expect(error.code).toBe('INTERNAL');
    expect(reply.body).not.toContain('library.json');
    const id = /error ([0-9a-f]{8})\)/.exec(error.message)?.[1];
    expect(id).toBeDefined();
    expect(lines.join('\n')).toContain(`error ${id}`);
    expect(lines.join('\n')).toContain(SECRET);
  });
});
