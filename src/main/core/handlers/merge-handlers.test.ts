import { describe, expect, it } from 'vitest';
import type { Handlers } from './context';
import { mergeHandlers } from './merge-handlers';

const list: Pick<Handlers, 'articles.list'> = { 'articles.list': async () => [] };
const settings: Pick<Handlers, 'settings.get'> = {
  'settings.get': async () => ({ editorName: 'Ada' }),
};

describe('mergeHandlers', () => {
  it('joins the areas into one map', async () => {
    const merged = mergeHandlers(list, settings);
    expect(Object.keys(merged).sort()).toEqual(['articles.list', 'settings.get']);
    expect(await merged['settings.get']({})).toEqual({ editorName: 'Ada' });
  });

  it('refuses a method that two areas handle', () => {
    const again: Pick<Handlers, 'articles.list'> = { 'articles.list': async () => [] };
    expect(() => mergeHandlers(list, settings, again)).toThrow('Two areas handle the method articles.list.');
  });
});
