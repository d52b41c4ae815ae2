import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/errors';
import { AppError } from './app-error';
import { call, CallRefused, callRefused, type DispatchFn } from './call';
import { openCore } from './open-core';
import { tempDir, TEST_RESOURCES } from './test-helpers';

/** A dispatch that records what it was given and answers `result`. */
function answering(result: ApiResult<unknown>): { dispatch: DispatchFn; seen: unknown[][] } {
  const seen: unknown[][] = [];
  return {
    seen,
    dispatch: async (method, payload) => {
      seen.push([method, payload]);
      return result;
    },
  };
}

const REFUSAL = {
  code: 'INVALID_INPUT',
  message: 'Invalid input for articles.get: id is too long.',
  issues: [{ path: 'id', message: 'is too long' }],
} as const;

describe('call', () => {
  it('hands the method and input to dispatch and returns the value', async () => {
    const { dispatch, seen } = answering({ ok: true, value: { editorName: 'Rita' } });
    expect(await call(dispatch, 'settings.update', { editorName: 'Rita' })).toEqual({ editorName: 'Rita' });
    expect(seen).toEqual([['settings.update', { editorName: 'Rita' }]]);
  });

  it('throws a refusal with its code, sentence, issues and the method', async () => {
    const { dispatch } = answering({ ok: false, error: { ...REFUSAL, issues: [...REFUSAL.issues] } });
    const thrown = await call(dispatch, 'articles.get', { id: 'x' }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(CallRefused);
    // An AppError, so that the CLI prints it as it prints every coded error.
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ method: 'articles.get', ...REFUSAL });
    expect((thrown as CallRefused).toApiError()).toEqual(REFUSAL);
  });

  it('returns the output the contract declares, from the real core', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: 'Fares rose.' });
    const listed = await call(core.dispatch, 'articles.list', {});
    expect(listed.map((summary) => summary.id)).toEqual([article.id]);
    await core.close();
  });
});

describe('callRefused', () => {
  it('returns the refusal', async () => {
    const { dispatch } = answering({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no article.' } });
    expect(await callRefused(dispatch, 'articles.get', { id: 'a1' })).toEqual({
      code: 'NOT_FOUND',
      message: 'There is no article.',
    });
  });

  it('fails when the call was answered', async () => {
    const { dispatch } = answering({ ok: true, value: [] });
    await expect(callRefused(dispatch, 'articles.list', {})).rejects.toThrow(
      'articles.list was expected to be refused but succeeded.',
    );
  });
});
