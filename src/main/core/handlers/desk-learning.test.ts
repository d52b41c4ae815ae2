import { describe, expect, it } from 'vitest';
import { call } from '../call';
import { openCore, type Core } from '../open-core';
import { tempDir, TEST_RESOURCES } from '../test-helpers';

/** A harbour desk: it tags every dredging sentence and dismisses every timetable line. */
const BEAT = Array.from(
  { length: 12 },
  (_, i) =>
    `The harbour dredging contract for berth ${i + 1} went to Marlow Marine. The ferry timetable for pier ${i + 1} is posted at 7 p.m.`,
).join('\n\n');
const PROBE = 'Dredging of the outer harbour berths resumed under the Marlow Marine contract.';

async function scoreOf(core: Core, articleId: string): Promise<number> {
  const list = await call(core.dispatch, 'suggestions.list', { articleId });
  return list.find((s) => s.text === PROBE)!.score;
}

describe('suggestions that learn from the desk', () => {
  it('are off by default; switched on, rank what the desk tags higher; can be switched off and reset', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const probe = await call(core.dispatch, 'articles.create', { title: 'Probe', text: PROBE });
    const shipped = await scoreOf(core, probe.id);

    const beat = await call(core.dispatch, 'articles.create', { title: 'Harbour', text: BEAT });
    const list = await call(core.dispatch, 'suggestions.list', { articleId: beat.id });
    const dredging = list.filter((s) => s.text.includes('dredging'));
    await call(core.dispatch, 'suggestions.accept', {
      articleId: beat.id,
      version: 1,
      spans: dredging.map(({ start, end }) => ({ start, end })),
    });
    for (const s of list.filter((t) => t.text.includes('timetable'))) {
      await call(core.dispatch, 'suggestions.dismiss', { articleId: beat.id, version: 1, start: s.start, end: s.end });
    }
    // Off until the editor switches it on.
    expect(await scoreOf(core, probe.id)).toBe(shipped);
    await call(core.dispatch, 'settings.update', { deskLearning: true });
    const learnt = await scoreOf(core, probe.id);
    expect(learnt).toBeGreaterThan(shipped);

    await call(core.dispatch, 'settings.update', { deskLearning: false });
    expect(await scoreOf(core, probe.id)).toBe(shipped);
    await call(core.dispatch, 'settings.update', { deskLearning: true });
    expect(await scoreOf(core, probe.id)).toBe(learnt);

    const settings = await call(core.dispatch, 'suggestions.resetLearning', {});
    expect(settings.deskLearningSince).toEqual(expect.any(String));
    expect(await scoreOf(core, probe.id)).toBe(shipped);
  });

  it('refuses a switch that is not a boolean, and leaves the settings untouched', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const result = await core.dispatch('settings.update', { deskLearning: 'yes' });
    expect(result.ok || result.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await call(core.dispatch, 'settings.get', {})).deskLearning).toBeUndefined();
  });
});
