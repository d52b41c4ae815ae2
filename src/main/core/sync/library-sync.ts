import { join } from 'node:path';
import type { Deletion, Settings, Source } from '../../../shared/model';
import { sameContent, sortKeys } from './canonical';
import { settingsSchema, sourceSchema } from '../store/file-schemas';
import { fileStampOf } from './article-sync';
import { syncAttachments } from './attachment-sync';
import {
  contentOf,
  DESK_SETTINGS_ID,
  deskSettingsContent,
  sourceContent,
  sourceDocId,
  sourceOf,
  type RecordContent,
  type RecordDoc,
} from './doc-layout';
import type { Stored } from './mirror';
import { reconcileRecord, type Outcome } from './reconcile';
import { nothingExchanged, type Exchange, type SyncContext } from './sync-context';

export const LIBRARY_GROUP = 'library';

class StaleLibraryError extends Error {}

const deskSettingsSchema = settingsSchema.pick({ claimReview: true, deskMembers: true });

function finalContent(outcome: Outcome | undefined, local: RecordContent | undefined): RecordContent | undefined {
  if (outcome?.kind === 'import') return outcome.content;
  if (outcome?.kind === 'merge') return contentOf(outcome.doc);
  return local;
}

/**
 * The sources library and the desk's shared settings, exchanged as articles are (article-sync.ts):
 * one document per source, one for the desk's settings; attached files travel once each.
 */
export async function syncLibrary(context: SyncContext): Promise<Exchange> {
  const { store, mirror } = context;
  const exchange = nothingExchanged();
  const fileStamp = await fileStampOf(join(store.dir, 'library.json'));
  const writer = context.writer();
  const bases = await mirror.bases(LIBRARY_GROUP);
  const records = new Map<string, Stored<RecordDoc>>([
    ...((await mirror.readRange('source:', 'source:\uffff')) as Map<string, Stored<RecordDoc>>),
    ...((await mirror.read([DESK_SETTINGS_ID])) as Map<string, Stored<RecordDoc>>),
  ]);
  const sources = store.listSources();
  const locals = new Map<string, RecordContent>(sources.map((s) => [sourceDocId(s.id), sourceContent(s)]));
  locals.set(DESK_SETTINGS_ID, deskSettingsContent(store.settings()));
  for (const id of Object.keys(bases.revs)) {
    if (locals.has(id) || !id.startsWith('source:')) continue;
    const before =
      records.get(id)?.rev === bases.revs[id] ? records.get(id)?.doc : await mirror.revision(id, bases.revs[id]!);
    const deleted: Deletion = { at: writer.at, by: writer.by };
    if (before)
      locals.set(
        id,
        sortKeys({
          ...contentOf(before as RecordDoc),
          deleted: before.type === 'source' ? (before.deleted ?? deleted) : deleted,
        }),
      );
  }
  const outcomes = new Map<string, Outcome>();
  for (const id of new Set([...locals.keys(), ...records.keys()])) {
    const stored = records.get(id);
    const mine = locals.get(id);
    const baseRev = bases.revs[id];
    const base =
      mine && stored && baseRev && baseRev !== stored.rev
        ? ((await mirror.revision(id, baseRev)) as RecordDoc)
        : undefined;
    outcomes.set(
      id,
      reconcileRecord(
        id,
        {
          ...(mine ? { local: mine } : {}),
          ...(stored ? { current: stored } : {}),
          ...(baseRev ? { baseRev } : {}),
          ...(base ? { base } : {}),
        },
        writer,
      ),
    );
  }
  const written = await mirror.write(
    [...outcomes].flatMap(([id, o]) =>
      o.kind === 'export' || o.kind === 'merge' ? [{ id, doc: o.doc, ...(o.parent ? { parent: o.parent } : {}) }] : [],
    ),
  );
  for (const [id, outcome] of outcomes) {
    if (outcome.kind === 'same') bases.revs[id] = outcome.rev;
    if (outcome.kind === 'export') {
      const rev = written.get(id);
      if (rev) bases.revs[id] = rev;
      else exchange.retry = true;
      exchange.exported++;
    }
  }
  const incoming = [...outcomes].filter(([, o]) => o.kind === 'import' || o.kind === 'merge');
  let wroteLocal = false;
  if (incoming.length) {
    const next = nextLibrary(context, sources, store.settings(), locals, outcomes);
    await syncAttachments(context, next.sources);
    wroteLocal = await store
      .updateLibrary((draft) => {
        // A change made here since the read must not be overwritten: then it is tried again.
        if (
          !sameContent(draft.sources, sources) ||
          !sameContent(deskSettingsContent(draft.settings), locals.get(DESK_SETTINGS_ID))
        )
          throw new StaleLibraryError();
        draft.sources = next.sources;
        draft.settings = next.settings;
      }, 'the changes from the desk')
      .then(
        () => true,
        (error: unknown) => {
          if (error instanceof StaleLibraryError) return false;
          throw error;
        },
      );
    if (!wroteLocal) exchange.retry = true;
  }
  await syncAttachments(context, store.listSources());
  if (wroteLocal) {
    exchange.imported = incoming.length;
    for (const [id, outcome] of incoming) {
      const rev = outcome.kind === 'merge' ? written.get(id) : outcome.kind === 'import' ? outcome.rev : undefined;
      if (rev) bases.revs[id] = rev;
    }
  }
  await mirror.setBases(LIBRARY_GROUP, { revs: bases.revs, fileStamp: wroteLocal ? '' : fileStamp });
  return exchange;
}

/** The sources and settings the file should hold: local order kept, new sources after, deleted ones out. */
function nextLibrary(
  context: SyncContext,
  sources: Source[],
  settings: Settings,
  locals: Map<string, RecordContent>,
  outcomes: Map<string, Outcome>,
): { sources: Source[]; settings: Settings } {
  const next: Source[] = [];
  const order = [
    ...sources.map((s) => sourceDocId(s.id)),
    ...[...outcomes.keys()].filter((id) => id.startsWith('source:')).sort(),
  ];
  for (const id of new Set(order)) {
    const content = finalContent(outcomes.get(id), locals.get(id));
    if (!content || content.deleted) continue;
    const parsed = sourceSchema.safeParse(sourceOf(id, content));
    if (parsed.success) next.push(parsed.data);
    else context.refused(`the source ${id.slice('source:'.length)} from the desk`);
  }
  const desk = finalContent(outcomes.get(DESK_SETTINGS_ID), locals.get(DESK_SETTINGS_ID));
  const parsed = deskSettingsSchema.safeParse(desk?.record ?? {});
  const nextSettings: Settings = { ...settings };
  if (parsed.success) {
    delete nextSettings.claimReview;
    delete nextSettings.deskMembers;
    Object.assign(nextSettings, parsed.data.claimReview ? { claimReview: parsed.data.claimReview } : {});
    Object.assign(nextSettings, parsed.data.deskMembers ? { deskMembers: parsed.data.deskMembers } : {});
  } else context.refused('the desk’s settings from the desk');
  return { sources: next, settings: nextSettings };
}
