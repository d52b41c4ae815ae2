import { describe, expect, it } from 'vitest';
import { INITIAL_NAVIGATION, navigationReducer, viewOf, type NavigationState } from './navigation-state';

const open = (articleId: string, claimId?: string): NavigationState =>
  navigationReducer(INITIAL_NAVIGATION, { type: 'open-article', articleId, ...(claimId ? { claimId } : {}) });

describe('navigationReducer', () => {
  it('opens an article on the work screen, with the claim asked for or none', () => {
    const onSources = navigationReducer(INITIAL_NAVIGATION, { type: 'show-sources', sourceId: 's1' });
    const state = navigationReducer(onSources, { type: 'open-article', articleId: 'a', claimId: 'c1' });
    expect(state).toMatchObject({ screen: { kind: 'work' }, articleId: 'a', claimId: 'c1' });
    expect(navigationReducer(state, { type: 'open-article', articleId: 'b' }).claimId).toBeNull();
  });

  it('selects a claim of an article only while that article is open', () => {
    const onB = navigationReducer(open('a'), { type: 'open-article', articleId: 'b' });
    expect(navigationReducer(onB, { type: 'select-claim-in', articleId: 'a', claimId: 'c1' })).toBe(onB);
    expect(navigationReducer(onB, { type: 'select-claim-in', articleId: 'b', claimId: 'c2' }).claimId).toBe('c2');
  });

  it('keeps a view per article', () => {
    let state = navigationReducer(open('a'), { type: 'set-view', view: { kind: 'report' } });
    state = navigationReducer(state, { type: 'open-article', articleId: 'b' });
    expect(viewOf(state)).toEqual({ kind: 'draft', version: null });
    state = navigationReducer(state, { type: 'open-article', articleId: 'a' });
    expect(viewOf(state)).toEqual({ kind: 'report' });
  });

  it('goes back to the overview when the open article is removed, and only then', () => {
    const state = navigationReducer(open('a', 'c1'), { type: 'set-view', view: { kind: 'report' } });
    expect(navigationReducer(state, { type: 'article-removed', articleId: 'b' }).articleId).toBe('a');
    const removed = navigationReducer(state, { type: 'article-removed', articleId: 'a' });
    expect(removed).toMatchObject({ articleId: null, claimId: null, views: {} });
  });

  it('closes a dialog when a file goes on to the import preview', () => {
    const state = navigationReducer(INITIAL_NAVIGATION, { type: 'dialog', dialog: 'article' });
    const file = new File(['x'], 'draft.txt');
    expect(navigationReducer(state, { type: 'import', importing: { file, target: 'article' } })).toMatchObject({
      dialog: null,
      importing: { target: 'article' },
    });
  });
});
