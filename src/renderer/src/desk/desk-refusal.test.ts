import { describe, expect, it } from 'vitest';
import { checkConnection, placeRefusal } from './desk-refusal';

const PRINT = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').slice(-2)).join(':');

describe('refusals in Settings → Desk', () => {
  it('stand beside the field the core names, as a sentence', () => {
    expect(
      placeRefusal({
        code: 'INVALID_INPUT',
        message: 'Invalid input for sync.configure: fingerprint is not a SHA-256 fingerprint.',
        issues: [{ path: 'fingerprint', message: 'is not a SHA-256 fingerprint' }],
      }),
    ).toEqual({ field: 'fingerprint', message: 'The fingerprint is not a SHA-256 fingerprint.' });
  });

  it('put a refused sign-in beside the password and the rest beside the address', () => {
    expect(placeRefusal({ code: 'UNAUTHORIZED', message: 'The hub refused the user name or password.' })).toEqual({
      field: 'password',
      message: 'The hub refused the user name or password.',
    });
    const https = 'A hub on another machine must use https:// so that the desk’s data is encrypted.';
    expect(placeRefusal({ code: 'INVALID_INPUT', message: https })).toEqual({ field: 'url', message: https });
    expect(placeRefusal({ code: 'INVALID_INPUT', message: 'x', issues: [{ path: '(input)', message: 'y' }] })).toEqual({
      field: 'url',
      message: 'x',
    });
  });

  it('are found before asking the core for an empty address or a fingerprint that is not one', () => {
    expect(checkConnection(' ', '')?.field).toBe('url');
    expect(checkConnection('https://hub.example/desk', 'AB:CD')?.field).toBe('fingerprint');
    expect(checkConnection('https://hub.example/desk', PRINT)).toBeNull();
    expect(checkConnection('https://hub.example/desk', PRINT.replaceAll(':', ''))).toBeNull();
    expect(checkConnection('https://hub.example/desk', '')).toBeNull();
  });
});
