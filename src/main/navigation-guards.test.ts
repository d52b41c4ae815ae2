import { describe, expect, it } from 'vitest';
import { externalUrl, isAppUrl } from './navigation-guards';

const APP = { rendererFileUrl: 'file:///opt/Fact-Check%20Workbench/resources/app/out/renderer/index.html' };
const DEV = { ...APP, devServerUrl: 'http://localhost:5173' };

describe('externalUrl', () => {
  it('lets ordinary web and mail addresses out', () => {
    expect(externalUrl('https://example.org/report?id=1#p2')).toBe('https://example.org/report?id=1#p2');
    expect(externalUrl('http://example.org')).toBe('http://example.org/');
    expect(externalUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it('refuses everything else (30 hostile addresses)', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'file://server/share/x.exe',
      'smb://server/share',
      '\\\\server\\share\\x.exe',
      'ftp://example.org/x',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=invoice',
      'ms-settings:privacy',
      'zoommtg://zoom.us/join',
      'slack://open',
      'chrome://settings',
      'about:blank',
      'blob:https://example.org/uuid',
      'view-source:https://example.org',
      'jar:file:///x.jar!/',
      'https://user:pass@example.org/',
      'https://example.org@evil.example/',
      'http://:80/',
      'https://',
      'http//example.org',
      '//example.org/path',
      'example.org',
      '',
      'intent://scan/#Intent;scheme=zxing;end',
      'x-apple.systempreferences:com.apple.preference',
    ];
    expect(hostile.length).toBeGreaterThanOrEqual(30);
    for (const url of hostile) expect(externalUrl(url), url).toBeNull();
  });

  it('passes an IDN look-alike only as punycode, so the browser shows what it really is', () => {
    expect(externalUrl('https://exаmple.org/')).toBe('https://xn--exmple-4nf.org/');
  });
});

describe('isAppUrl', () => {
  it('accepts the app page with any query or fragment', () => {
    expect(isAppUrl(`${APP.rendererFileUrl}?x=1#top`, APP)).toBe(true);
    expect(isAppUrl('http://localhost:5173/index.html', DEV)).toBe(true);
  });

  it('refuses look-alikes, other files and other origins', () => {
    for (const url of [
      'file:///opt/Fact-Check%20Workbench/resources/app/out/renderer/index.html.evil',
      'file:///tmp/index.html',
      'file://evil/opt/Fact-Check%20Workbench/resources/app/out/renderer/index.html',
      'https://example.org/index.html',
      'http://localhost:5173.evil.example/',
      'http://localhost:5174/',
      'https://localhost:5173/',
      'not a url',
    ]) {
      expect(isAppUrl(url, DEV), url).toBe(false);
    }
    expect(isAppUrl('http://localhost:5173/', APP)).toBe(false);
  });
});
