import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { normalizeFingerprint } from './hub-agent';
import { checkRemoteUrl, hubFingerprint, openRemote, redactUrl } from './remote';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('checkRemoteUrl', () => {
  it.each([
    'https://hub.example:6984/desk',
    'https://10.0.0.5:5984/desk',
    'http://127.0.0.1:5984/desk',
    'http://localhost:5984/desk',
    'http://[::1]:5984/desk',
  ])('accepts %s', (url) => {
    expect(checkRemoteUrl(url).href.startsWith(url.slice(0, 8))).toBe(true);
  });

  it('refuses credentials inside the address, and does not repeat them', () => {
    for (const url of ['https://ana:s3cret-pass@hub.example/desk', 'https://ana@hub.example/desk']) {
      const error = refusal(() => checkRemoteUrl(url));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).not.toContain('s3cret-pass');
      expect(error.message).toContain('separately');
    }
  });

  it.each(['http://192.168.1.20:5984/desk', 'http://hub.example/desk', 'http://127.0.0.2:5984/desk'])(
    'refuses plain HTTP to another machine: %s',
    (url) => {
      expect(refusal(() => checkRemoteUrl(url)).message).toContain('https://');
    },
  );

  it.each(['ftp://hub.example/desk', 'file:///etc/passwd', 'hub.example/desk', ''])('refuses %j', (url) => {
    expect(refusal(() => checkRemoteUrl(url)).code).toBe('INVALID_INPUT');
  });
});

describe('redactUrl', () => {
  it('drops the user name, password and query', () => {
    expect(redactUrl('https://ana:s3cret@hub.example:6984/desk?token=abc')).toBe('https://hub.example:6984/desk');
    expect(redactUrl('not a url :s3cret')).toBe('(not a URL)');
  });
});

describe('normalizeFingerprint', () => {
  const pairs = 'AB:'.repeat(31) + 'CD';

  it('writes a SHA-256 fingerprint as the hub prints it', () => {
    expect(normalizeFingerprint(pairs.toLowerCase())).toBe(pairs);
    expect(normalizeFingerprint(pairs.replace(/:/g, ''))).toBe(pairs);
    expect(normalizeFingerprint(` ${pairs.replace(/:/g, ' ')} `)).toBe(pairs);
  });

  it.each(['', 'AB:CD', `${pairs}:EF`, pairs.replace('AB', 'XY'), 'AB:'.repeat(19) + 'CD'])('refuses %j', (text) => {
    expect(refusal(() => normalizeFingerprint(text)).code).toBe('INVALID_INPUT');
  });
});

describe('openRemote and hubFingerprint', () => {
  it('refuses to pin a certificate on a plain-HTTP hub', () => {
    const pin = 'AB:'.repeat(31) + 'CD';
    expect(refusal(() => openRemote({ url: 'http://127.0.0.1:5984/desk', fingerprint: pin })).message).toContain(
      'https://',
    );
  });

  it('refuses a hub address with credentials before connecting', () => {
    expect(refusal(() => openRemote({ url: 'https://ana:pw-123456789@hub.example/desk' })).code).toBe('INVALID_INPUT');
  });

  it('has no certificate to read on a plain-HTTP hub', async () => {
    await expect(hubFingerprint('http://127.0.0.1:5984/desk')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
