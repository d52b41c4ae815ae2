import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse-parser';

function parse(chunks: string[]): string[] {
  const messages: string[] = [];
  const push = createSseParser((data) => messages.push(data));
  chunks.forEach(push);
  return messages;
}

describe('createSseParser', () => {
  it('reads one message per blank-line-terminated block', () => {
    expect(parse(['data: {"kind":"settings"}\n\ndata: {"kind":"sources"}\n\n'])).toEqual([
      '{"kind":"settings"}',
      '{"kind":"sources"}',
    ]);
  });

  it('joins a message cut anywhere across chunks', () => {
    const text = 'data: {"kind":"article","articleId":"a1"}\n\n';
    const cuts = [...text].map((_, i) => [text.slice(0, i), text.slice(i)]);
    for (const [head, tail] of cuts) expect(parse([head!, tail!])).toEqual(['{"kind":"article","articleId":"a1"}']);
  });

  it('skips comments and heartbeats, and other fields', () => {
    expect(parse([': connected\n\n', ': heartbeat\n\n', 'event: x\nid: 4\ndata: 1\n\n'])).toEqual(['1']);
  });

  it('joins several data lines with newlines and accepts CRLF line ends', () => {
    expect(parse(['data: a\r\ndata:b\r\n\r\n'])).toEqual(['a\nb']);
  });

  it('holds back a message until its blank line arrives', () => {
    expect(parse(['data: waiting\n'])).toEqual([]);
  });
});
