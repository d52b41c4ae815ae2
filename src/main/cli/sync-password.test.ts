import { describe, expect, it } from 'vitest';
import { syncPasswordFromEnv } from './sync-password';

describe('syncPasswordFromEnv', () => {
  it('reads FACTCHECK_SYNC_PASSWORD once and takes it out of the environment', () => {
    const env: NodeJS.ProcessEnv = { FACTCHECK_SYNC_PASSWORD: 'hub-password-f0r-ana', PATH: '/bin' };
    expect(syncPasswordFromEnv(env)).toBe('hub-password-f0r-ana');
    expect(env).toEqual({ PATH: '/bin' });
    expect(syncPasswordFromEnv(env)).toBeUndefined();
  });

  it('counts an empty value as none', () => {
    expect(syncPasswordFromEnv({ FACTCHECK_SYNC_PASSWORD: '' })).toBeUndefined();
  });
});
