import type { SourceFields } from '../../../shared/api';
import type { Source } from '../../../shared/model';
import { urlKey } from '../../../shared/urls';
import { AppError } from '../app-error';
import { flagForRecheck, removeEvidence, repointEvidence, type Actor } from '../domain/claim-changes';
import { newSourceId } from '../domain/ids';
import { actorFor, type CoreContext, type Handlers } from './context';
import { changeCitingEvidence, citationsOf } from './source-citations';
import { moveSourceToTrash } from './source-trash';

type SourceHandlers = Pick<
  Handlers,
  | 'sources.create'
  | 'sources.update'
  | 'sources.list'
  | 'sources.usage'
  | 'sources.get'
  | 'sources.delete'
  | 'sources.merge'
>;

const OPTIONAL_FIELDS = ['url', 'author', 'publisher', 'date', 'accessedAt', 'citation', 'notes'] as const;

/** Empty optional fields are removed rather than stored as "". */
function applyFields(source: Source, fields: Partial<SourceFields>): void {
  if (fields.kind !== undefined) source.kind = fields.kind;
  if (fields.title !== undefined) source.title = fields.title;
  for (const key of OPTIONAL_FIELDS) {
    const value = fields[key];
    if (value === undefined) continue;
    if (value.trim() === '') delete source[key];
    else source[key] = value.trim();
  }
  if (fields.reliability === '') delete source.reliability;
  else if (fields.reliability !== undefined) source.reliability = fields.reliability;
}

/** The kept source takes what it lacks from its duplicates; notes are joined, attachments pooled. */
function absorb(keep: Source, duplicate: Source): void {
  for (const key of ['url', 'author', 'publisher', 'date', 'accessedAt', 'citation'] as const) {
    if (!keep[key] && duplicate[key]) keep[key] = duplicate[key];
  }
  if (duplicate.notes && duplicate.notes !== keep.notes) {
    keep.notes = keep.notes ? `${keep.notes}\n\n${duplicate.notes}` : duplicate.notes;
  }
  if (!keep.reliability && duplicate.reliability) keep.reliability = duplicate.reliability;
  for (const attachment of duplicate.attachments ?? []) {
    keep.attachments ??= [];
    if (!keep.attachments.some((a) => a.sha256 === attachment.sha256)) keep.attachments.push(attachment);
  }
}

export function findSource(sources: readonly Source[], id: string): Source {
  const source = sources.find((s) => s.id === id);
  if (!source) throw new AppError('NOT_FOUND', `There is no source with id ${id}.`);
  return source;
}

/**
 * Settled claims citing the source are set to needs-recheck when what the source points to changes
 * (its address or its files): what was checked against it may no longer be what it says.
 */
export async function flagCitingClaims(context: CoreContext, source: Source, why: string): Promise<void> {
  const who: Actor = actorFor(context);
  await changeCitingEvidence(context.store, new Set([source.id]), 'the re-check flags', who.at, (claim) =>
    flagForRecheck(claim, who, why),
  );
}

export function sourceHandlers(context: CoreContext): SourceHandlers {
  const { store, now } = context;
  const actor = (): Actor => actorFor(context);

  return {
    'sources.list': async () => [...store.listSources()].sort((a, b) => a.title.localeCompare(b.title)),

    'sources.usage': async () => {
      const usage: Record<string, number> = {};
      for (const article of store.listArticles()) {
        for (const id of article.sourceIds ?? []) usage[id] = (usage[id] ?? 0) + 1;
      }
      return usage;
    },

    'sources.get': async ({ id }) => {
      const source = findSource(store.listSources(), id);
      return { source, citations: await citationsOf(store, id) };
    },

    'sources.create': (fields) =>
      store.updateLibrary((library) => {
        const at = now();
        const source: Source = {
          id: newSourceId(),
          kind: fields.kind,
          title: fields.title,
          createdAt: at,
          updatedAt: at,
        };
        applyFields(source, fields);
        library.sources.push(source);
        return source;
      }, 'the new source'),

    'sources.update': async ({ id, ...fields }) => {
      const before = findSource(store.listSources(), id);
      // Flagged first: should the source's write then fail, a needless re-check is the safe mistake,
      // while a changed address with the claims left settled would be the dangerous one.
      if (fields.url !== undefined && fields.url.trim() !== (before.url ?? '')) {
        store.assertWritable('the source');
        await flagCitingClaims(context, before, `The address of the source “${before.title}” changed.`);
      }
      return store.updateLibrary((library) => {
        const source = findSource(library.sources, id);
        applyFields(source, fields);
        source.updatedAt = now();
        return source;
      }, 'the source');
    },

    'sources.delete': async ({ id, force }) => {
      const source = findSource(store.listSources(), id);
      const citations = await citationsOf(store, id);
      if (citations.length > 0 && !force) {
        const articles = new Set(citations.map((c) => c.articleId)).size;
        throw new AppError(
          'SOURCE_IN_USE',
          `“${source.title}” is cited by ${citations.length} piece${citations.length === 1 ? '' : 's'} of evidence in ${articles} article${articles === 1 ? '' : 's'}. Deleting it unlinks that evidence and marks those claims for re-check; confirm to go ahead.`,
        );
      }
      store.assertWritable('the deletion of the source');
      const who = actor();
      const flagged = new Set<string>();
      await changeCitingEvidence(store, new Set([id]), 'the deletion of the source', who.at, (claim, evidence) => {
        removeEvidence(claim, evidence, who, `${evidence.relation}: ${source.title} (source deleted)`);
        const was = claim.status;
        flagForRecheck(claim, who, `The source “${source.title}” was deleted from the library.`);
        if (claim.status !== was) flagged.add(claim.id);
      });
      await moveSourceToTrash(store.dir, source);
      await store.updateLibrary((library) => {
        library.sources = library.sources.filter((s) => s.id !== id);
      }, 'the deletion of the source');
      return { id, claimsFlagged: flagged.size };
    },

    'sources.merge': async ({ keepId, mergeIds }) => {
      const sources = store.listSources();
      const keep = findSource(sources, keepId);
      const duplicates = [...new Set(mergeIds)].map((id) => findSource(sources, id));
      store.assertWritable('the merge');
      const who = actor();
      const titles = new Map(duplicates.map((d) => [d.id, d.title]));
      const merged = structuredClone(keep);
      for (const duplicate of duplicates) absorb(merged, duplicate);
      const urls = new Map(duplicates.map((d) => [d.id, d.url ?? '']));
      const evidenceMoved = await changeCitingEvidence(
        store,
        new Set(titles.keys()),
        'the merge',
        who.at,
        (claim, evidence) => {
          const from = evidence.sourceId;
          repointEvidence(claim, evidence, keepId, who, titles.get(from)!, keep.title);
          // Evidence checked against one address now points to another: that is a changed source.
          const was = urls.get(from);
          if (was && urlKey(was) !== urlKey(merged.url ?? '')) {
            flagForRecheck(
              claim,
              who,
              `“${titles.get(from)}” was merged into “${keep.title}”, which has another address.`,
            );
          }
        },
      );
      for (const duplicate of duplicates) await moveSourceToTrash(store.dir, duplicate);
      const source = await store.updateLibrary((library) => {
        const kept = findSource(library.sources, keepId);
        for (const duplicate of duplicates) absorb(kept, duplicate);
        kept.updatedAt = who.at;
        library.sources = library.sources.filter((s) => !titles.has(s.id));
        return kept;
      }, 'the merge');
      return { source, evidenceMoved };
    },
  };
}
