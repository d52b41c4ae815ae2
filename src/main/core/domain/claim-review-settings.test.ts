import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_REVIEW } from '../../../shared/report';
import { call, callRefused } from '../call';
import { openCore } from '../open-core';
import { TEST_RESOURCES, tempDir } from '../test-helpers';

describe('settings.update with part of the ClaimReview settings', () => {
  it('changes only what it is given and keeps the rest', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const named = await call(core.dispatch, 'settings.update', { claimReview: { organizationName: 'Harbor Desk' } });
    expect(named.claimReview).toEqual({ ...DEFAULT_CLAIM_REVIEW, organizationName: 'Harbor Desk' });

    const changed = await call(core.dispatch, 'settings.update', {
      claimReview: {
        url: 'https://desk.example/f',
        verdicts: { disputed: { label: 'Half true' }, unverifiable: { label: '' } },
      },
    });
    expect(changed.claimReview).toEqual({
      ...DEFAULT_CLAIM_REVIEW,
      organizationName: 'Harbor Desk',
      url: 'https://desk.example/f',
      verdicts: {
        verified: { label: 'True', rating: 5 },
        disputed: { label: 'Half true' },
        false: { label: 'False', rating: 1 },
      },
    });
    const cleared = await call(core.dispatch, 'settings.update', { claimReview: { organizationName: '  ' } });
    expect(cleared.claimReview?.organizationName).toBeUndefined();
    expect(cleared.claimReview?.url).toBe('https://desk.example/f');
    await core.close();
  });

  it('refuses a scale that would not hold, and keeps every setting as it was', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const before = await call(core.dispatch, 'settings.get', {});
    const upside = await callRefused(core.dispatch, 'settings.update', {
      editorName: 'Ana',
      claimReview: { worstRating: 5 },
    });
    expect(upside).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'The worst rating (5) must be below the best rating (5).',
    });
    const outside = await callRefused(core.dispatch, 'settings.update', { claimReview: { bestRating: 4 } });
    expect(outside.message).toBe('The rating for “Verified” (5) is outside the scale 1–4.');
    expect(await call(core.dispatch, 'settings.get', {})).toEqual(before);
    await core.close();
  });
});
