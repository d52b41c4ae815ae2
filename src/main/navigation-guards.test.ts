import { describe, expect, it } from 'vitest';
import { isWebUrl } from '../shared/urls';
import { APP_PAGE_URL, appLocation } from './app-page';
import { decideNavigation, decideWindowOpen, externalUrl, isAppUrl } from './navigation-guards';

const APP = appLocation(undefined);
const DEV = appLocation('http://localhost:5173');

/** Addresses that must never reach the system's URL handlers nor be loaded in the window. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\njavascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html,x',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'FILE:///C:/Windows/System32/calc.exe',
  'file://server/share/x.exe',
  'smb://server/share',
  'SMB://server/share',
  '\\\\server\\share\\x.exe',
  'ftp://example.org/x',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'search-ms:query=invoice',
  'ms-settings:privacy',
  'ms-officecmd:{"id":1}',
  'vscode://file/etc/passwd',
  'vscode:extension/evil.extension',
  'zoommtg://zoom.us/join',
  'slack://open',
  'chrome://settings',
  'about:blank',
  'blob:https://example.org/uuid',
  'view-source:https://example.org',
  'jar:file:///x.jar!/',
  'intent://scan/#Intent;scheme=zxing;end',
  'x-apple.systempreferences:com.apple.preference',
  'https://user:pass@example.org/',
  'https://user@example.org/',
  'https://:pass@example.org/',
  'https://example.org@evil.example/',
  'http://127.0.0.1:80@evil.example/',
  'https://exa\u0000mple.org/',
  'http://:80/',
  'https://',
  'http//example.org',
  '//evil.example',
  '//example.org/path',
  '\\\\evil.example\\x',
  '/\\evil.example',
  '\u200bhttps://example.org/',
  'http://%zz/',
  'example.org',
  '',
];

describe('externalUrl', () => {
  it('lets ordinary web and mail addresses out', () => {
    expect(externalUrl('https://example.org/report?id=1#p2')).toBe('https://example.org/report?id=1#p2');
    expect(externalUrl('http://example.org')).toBe('http://example.org/');
    expect(externalUrl('HTTPS://EXAMPLE.ORG/Path')).toBe('https://example.org/Path');
    expect(externalUrl('  https://example.org/\n')).toBe('https://example.org/');
    expect(externalUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it(`refuses everything else (${HOSTILE.length} hostile addresses)`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
    for (const url of HOSTILE) expect(externalUrl(url), JSON.stringify(url)).toBeNull();
  });

  it('refuses as a source address every address it refuses to open', () => {
    for (const url of HOSTILE) expect(isWebUrl(url), JSON.stringify(url)).toBe(false);
  });

  it('passes an IDN look-alike only as punycode, so the browser shows what it really is', () => {
    expect(externalUrl('https://exаmple.org/')).toBe('https://xn--exmple-4nf.org/');
    for (const lookAlike of [
      'https://аррӏе.com/',
      'https://pаypal.com/login',
      'http://ɡoogle.com/',
      'https://ｅxample.org/',
    ]) {
      const out = externalUrl(lookAlike);
      expect(out, lookAlike).not.toBeNull();
      expect(out, lookAlike).toMatch(/^[\x21-\x7e]+$/);
    }
    // Full-width letters are the same host once normalized; the others become xn-- names.
    expect(externalUrl('https://ｅxample.org/')).toBe('https://example.org/');
    expect(externalUrl('https://аррӏе.com/')).toMatch(/^https:\/\/xn--/);
  });

  it('sends a loopback look-alike outside like any web address, never into the window', () => {
    expect(externalUrl('http://127.0.0.1.evil.example/')).toBe('http://127.0.0.1.evil.example/');
    expect(decideNavigation('http://127.0.0.1.evil.example/', DEV).allow).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts the app page with any query or fragment', () => {
    expect(isAppUrl(APP_PAGE_URL, APP)).toBe(true);
    expect(isAppUrl(`${APP_PAGE_URL}?x=1#top`, APP)).toBe(true);
    expect(isAppUrl('http://localhost:5173/index.html', DEV)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', DEV)).toBe(true);
  });

  it('refuses look-alikes, other files, other origins and file:// copies of the page', () => {
    for (const url of [
      `${APP_PAGE_URL}.evil`,
      'app://workbench/other.html',
      'app://workbench/',
      'app://workbench/assets/index.html',
      'app://workbench/index.html/..',
      'app://workbench.evil/index.html',
      'app://evil/index.html',
      'app://user:pw@workbench/index.html',
      'apps://workbench/index.html',
      'file:///opt/Fact-Check%20Workbench/resources/app/out/renderer/index.html',
      'file:///tmp/index.html',
      'https://example.org/index.html',
      'http://localhost:5173.evil.example/',
      'http://localhost.evil.example:5173/',
      'http://127.0.0.1.evil.example:5173/',
      'http://user:pw@localhost:5173/',
      'http://localhost:5174/',
      'https://localhost:5173/',
      'not a url',
      '',
      ...HOSTILE,
    ]) {
      expect(isAppUrl(url, DEV), JSON.stringify(url)).toBe(false);
    }
    expect(isAppUrl('http://localhost:5173/', APP)).toBe(false);
  });
});

describe('decideNavigation and decideWindowOpen', () => {
  it('keeps the window on the app page and hands only safe addresses to the system', () => {
    expect(decideNavigation(`${APP_PAGE_URL}#claim-3`, APP)).toEqual({ allow: true, external: null });
    expect(decideNavigation('https://example.org/source', APP)).toEqual({
      allow: false,
      external: 'https://example.org/source',
    });
    for (const url of HOSTILE) {
      expect(decideNavigation(url, APP), JSON.stringify(url)).toEqual({ allow: false, external: null });
      expect(decideWindowOpen(url), JSON.stringify(url)).toEqual({ allow: false, external: null });
    }
  });

  it('never opens a window, not even of the app page itself', () => {
    expect(decideWindowOpen(APP_PAGE_URL)).toEqual({ allow: false, external: null });
    expect(decideWindowOpen('mailto:desk@example.org')).toEqual({ allow: false, external: 'mailto:desk@example.org' });
    expect(decideWindowOpen('https://example.org/')).toEqual({ allow: false, external: 'https://example.org/' });
  });
});
