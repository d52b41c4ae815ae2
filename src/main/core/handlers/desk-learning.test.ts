import { describe, expect, it } from 'vitest';
import type { Article, Settings, Suggestion } from '../../../shared/model';
import { openCore, type Core } from '../open-core';
import { tempDir, TEST_RESOURCES } from '../test-helpers';

async function call<T>(core: Core, method: string, payload: unknown): Promise<T> {
  const result = await core.dispatch(method, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** A harbour desk: it tags every dredging sentence and dismisses every timetable line. */
const BEAT = Array.from(
  { length: 12 },
  (_, i) =>
    `The harbour dredging contract for berth ${i + 1} went to Marlow Marine. The ferry timetable for pier ${i + 1} is posted at 7 p.m.`,
).join('\n\n');
const PROBE = 'Dredging of the outer harbour berths resumed under the Marlow Marine contract.';

async function scoreOf(core: Core, articleId: string): Promise<number> {
  const list = await call<Suggestion[]>(core, 'suggestions.list', { articleId });
  return list.find((s) => s.text === PROBE)!.score;
}

describe('suggestions that learn from the desk', () => {
  it('rank what the desk tags higher, can be switched off, and reset to the shipped model', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const probe = await call<Article>(core, 'articles.create', { title: 'Probe', text: PROBE });
    const shipped = await scoreOf(core, probe.id);

    const beat = await call<Article>(core, 'articles.create', { title: 'Harbour', text: BEAT });
    const list = await call<Suggestion[]>(core, 'suggestions.list', { articleId: beat.id });
    const dredging = list.filter((s) => s.text.includes('dredging'));
    await call(core, 'suggestions.accept', {
      articleId: beat.id,
      version: 1,
      spans: dredging.map(({ start, end }) => ({ start, end })),
    });
    for (const s of list.filter((t) => t.text.includes('timetable'))) {
      await call(core, 'suggestions.dismiss', { articleId: beat.id, version: 1, start: s.start, end: s.end });
    }
    const learnt = await scoreOf(core, probe.id);
    expect(learnt).toBeGreaterThan(shipped);

    await call<Settings>(core, 'settings.update', { deskLearning: false });
    expect(await scoreOf(core, probe.id)).toBe(shipped);
    await call<Settings>(core, 'settings.update', { deskLearning: true });
    expect(await scoreOf(core, probe.id)).toBe(learnt);

    const settings = await call<Settings>(core, 'suggestions.resetLearning', {});
    expect(settings.deskLearningSince).toEqual(expect.any(String));
    expect(await scoreOf(core, probe.id)).toBe(shipped);
  });

  it('refuses a switch that is not a boolean, and leaves the settings untouched', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const result = await core.dispatch('settings.update', { deskLearning: 'yes' });
    expect(result.ok || result.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await call<Settings>(core, 'settings.get', {})).deskLearning).toBeUndefined();
  });
});
