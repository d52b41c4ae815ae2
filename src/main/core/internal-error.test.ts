import { describe, expect, it } from 'vitest';
import type { Handlers } from './handlers/context';
import { createDispatch } from './handlers/dispatch';
import { internalError } from './internal-error';

const SECRET = 'ENOENT: /home/editor/.secret/library.json';

describe('internalError', () => {
  it('gives the client a generic sentence and an id, and logs the same id with the stack', () => {
    const lines: string[] = [];
    const reply = internalError('test', new Error(SECRET), (line) => lines.push(line));
    expect(reply.code).toBe('INTERNAL');
    expect(reply.message).not.toContain(SECRET);
    const id = /error ([0-9a-f]{8})\)/.exec(reply.message)?.[1];
    expect(id).toBeDefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`error ${id}`);
    expect(lines[0]).toContain(SECRET);
    expect(lines[0]).toMatch(/internal-error\.test\.ts/);
  });

  it('gives each failure its own id', () => {
    const ids = new Set(Array.from({ length: 20 }, () => internalError('test', 'x', () => undefined).message));
    expect(ids.size).toBe(20);
  });

  it('is what dispatch answers when a handler fails unexpectedly', async () => {
    const lines: string[] = [];
    const handlers = {
      'articles.list': () => Promise.reject(new Error(SECRET)),
    } as unknown as Handlers;
    const result = await createDispatch(handlers, (line) => lines.push(line))('articles.list', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).not.toContain('ENOENT');
    const id = /error ([0-9a-f]{8})\)/.exec(result.error.message)?.[1];
    expect(lines.join('\n')).toContain(`error ${id}`);
    expect(lines.join('\n')).toContain(SECRET);
  });
});
