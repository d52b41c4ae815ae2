import { describe, expect, it } from 'vitest';
import { isWebOrMailUrl, isWebUrl } from './urls';

/** Addresses a source must not be given: they do not parse, hide characters, or pose as another host. */
const NOT_WEB = [
  'http://',
  'https://',
  'http:///example.org',
  'http://\\evil.example',
  'http://exa mple.org/',
  'http://example.org/a b',
  'http://[::1',
  'http://%zz/',
  'http://1.2.3.4.5/',
  'http://example.org:99999/',
  'https://user:pass@example.org/',
  'https://example.org@evil.example/',
  'https://:pass@example.org/',
  'https://exa\u0000mple.org/',
  'https://exa\tmple.org/',
  'https://example.org/\u202Egnp.exe',
  'https://example\u202E.org/',
  'https://example.org/\u200Bpath',
  'https://\u2066example.org\u2069/',
  'http//example.org',
  'example.org',
  'www.example.org',
  'ftp://example.org/',
  'javascript:alert(1)//http://x',
  'mailto:desk@example.org',
  '',
];

describe('isWebUrl', () => {
  it('accepts ordinary web addresses, in any case and with spaces around them', () => {
    for (const url of [
      'https://example.org',
      'http://example.org/report?id=1#p2',
      'HTTPS://EXAMPLE.ORG/Path',
      '  https://example.org/\n',
      'https://xn--exmple-4nf.org/',
      'http://127.0.0.1:8080/x',
      'https://example.org/%E2%80%AE',
    ]) {
      expect(isWebUrl(url), JSON.stringify(url)).toBe(true);
    }
  });

  it(`refuses ${NOT_WEB.length} addresses that do not parse, hide characters or carry credentials`, () => {
    for (const url of NOT_WEB) expect(isWebUrl(url), JSON.stringify(url)).toBe(false);
  });

  it('lets a mail address through only where mail makes sense', () => {
    expect(isWebOrMailUrl('mailto:desk@example.org')).toBe(true);
    expect(isWebOrMailUrl('http://')).toBe(false);
  });
});
