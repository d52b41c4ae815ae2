import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './static-files';

const INDEX_HTML = join(import.meta.dirname, '../renderer/index.html');

function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), values);
  }
  return parsed;
}

async function metaPolicy(): Promise<string> {
  const html = await readFile(INDEX_HTML, 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta?.[1]) throw new Error('index.html has no CSP meta tag');
  return meta[1];
}

function expectStrict(policy: string): void {
  const csp = directives(policy);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'none'"]);
  expect(csp.has('object-src') || csp.has('frame-src') || csp.has('child-src')).toBe(false);
  for (const [name, values] of csp) {
    for (const loose of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      "'wasm-unsafe-eval'",
      '*',
      'http:',
      'https:',
    ]) {
      expect(values, `${name} allows ${loose}`).not.toContain(loose);
    }
    if (name !== 'img-src') expect(values, name).not.toContain('data:');
    expect(values, name).not.toContain('blob:');
  }
}

describe('Content Security Policy', () => {
  it('is strict in the HTTP header and the app scheme: nothing inline, nothing remote, no frames', () => {
    expectStrict(CONTENT_SECURITY_POLICY);
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it("is the same in index.html's meta tag (which cannot carry frame-ancestors)", async () => {
    const meta = await metaPolicy();
    expectStrict(meta);
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(meta)).toEqual(header);
  });

  it('leaves index.html no inline script to allow', async () => {
    const html = await readFile(INDEX_HTML, 'utf8');
    const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});
