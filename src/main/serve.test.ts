import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_RESOURCES, tempDir } from './core/test-helpers';
import { staticFixture } from './http-host-test-fixtures';
import { serve } from './serve';

const TOKEN = 'serve-test-token';

async function callApi(port: number, method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(input),
  });
  return response.json();
}

describe('serve', () => {
  it('listens while the library opens; a call made at once waits for it and is answered', async () => {
    const serving = await serve({
      dataDir: await tempDir(),
      port: 0,
      token: TOKEN,
      rendererDir: (await staticFixture()).root,
      resources: TEST_RESOURCES,
    });
    try {
      const created = callApi(serving.host.port, 'articles.create', { title: 'Ferry', text: 'The ferry sailed.' });
      expect(await created).toMatchObject({ ok: true, value: { title: 'Ferry' } });
      await serving.ready;
      expect(await callApi(serving.host.port, 'articles.list', {})).toMatchObject({
        ok: true,
        value: [{ title: 'Ferry' }],
      });
    } finally {
      await serving.stop();
    }
  });

  it('stops with the reason when the library cannot be opened after the folder was locked', async () => {
    const dataDir = await tempDir();
    // A file where the articles folder belongs: the lock is taken, then opening the library fails.
    await writeFile(join(dataDir, 'articles'), 'not a folder');
    const serving = await serve({
      dataDir,
      port: 0,
      token: TOKEN,
      rendererDir: (await staticFixture()).root,
      resources: TEST_RESOURCES,
    });
    const answer = (await callApi(serving.host.port, 'articles.list', {}).catch(() => undefined)) as
      { ok: false; error: { code: string } } | undefined;
    // Answered with the reason while the host still listens, or refused once it has closed.
    if (answer) expect(answer.error.code).toBe('UNAVAILABLE');
    await expect(serving.ready).rejects.toThrow(/data folder|articles/i);
    await expect(fetch(`http://127.0.0.1:${serving.host.port}/`)).rejects.toThrow();
  });
});
