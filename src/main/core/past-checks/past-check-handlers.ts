import { isDeepStrictEqual } from 'node:util';
import type { PastChecksApi } from '../../../shared/api-past-checks';
import {
  PAST_CHECK_LIMITS,
  ratingKey,
  type PastCheck,
  type PastCheckImportSummary,
  type StoredPastCheck,
} from '../../../shared/past-checks';
import { AppError } from '../app-error';
import type { StoreChange } from '../change-feed';
import type { CoreContext, Handlers } from '../handlers/context';
import { decodeBase64 } from '../handlers/upload';
import { importLimitBytes } from '../import/size-limit';
import { queryPastChecks } from './archive-query';
import { PastCheckArchive } from './archive-store';
import { DESK_ID_PREFIX, DeskChecks } from './desk-checks';
import { planImport } from './import-plan';
import { parseFactChecks } from './parse-fact-checks';
import { changeMapping, mappingEntries, ratingReader, type StoredRatingMapping } from './rating-map';

type PastCheckHandlers = Pick<Handlers, keyof PastChecksApi>;

function listed(items: readonly StoredPastCheck[], mapping: StoredRatingMapping): PastCheck[] {
  const read = ratingReader(mapping);
  return items.map(({ rating, ...item }) => ({ ...item, origin: 'imported', rating: read(rating) }));
}

/** A file with no usable item is refused whole; its problems go with the refusal. */
function refuseEmpty(fileName: string, problems: PastCheckImportSummary['problems']): never {
  const issues = problems
    .slice(0, 100)
    .map((p) => ({ path: p.item ? `item ${p.item}` : fileName, message: p.message }));
  if (problems.length === 0) {
    throw new AppError('UNSUPPORTED_FILE', `${fileName} holds no ClaimReview, so nothing was imported.`);
  }
  throw new AppError(
    'CORRUPT_FILE',
    `No fact-check in ${fileName} could be read, so nothing was imported. ${problems[0]!.message}`,
    issues,
  );
}

/**
 * The archive of past fact-checks: imports (preview, then import), the listing with the desk's own
 * settled claims, deletion of imported items and the rating mapping. `publish` tells every window
 * once a change is on disk.
 */
export function pastCheckHandlers(
  context: CoreContext,
  publish: (change: StoreChange) => void,
  archive = new PastCheckArchive(context.store),
): PastCheckHandlers {
  const { store } = context;
  const desk = new DeskChecks(store);

  async function readFile(fileName: string, dataBase64: string) {
    const limit = importLimitBytes(store.settings());
    const parsed = parseFactChecks(decodeBase64(dataBase64, fileName, limit), fileName, { maxBytes: limit });
    if (parsed.items.length === 0) refuseEmpty(fileName, parsed.problems);
    const stored = await archive.read();
    const plan = planImport(parsed.items, stored.items, context.now());
    if (stored.items.length + plan.added.length > PAST_CHECK_LIMITS.archiveItems) {
      throw new AppError(
        'TOO_LARGE',
        `The archive would hold more than ${PAST_CHECK_LIMITS.archiveItems.toLocaleString('en')} imported fact-checks, so ${fileName} was not imported. Delete some first.`,
      );
    }
    const summary = {
      fileName,
      read: parsed.items.length,
      added: plan.added.length,
      duplicates: plan.duplicates,
      problems: parsed.problems,
    };
    return { parsed, plan, summary, mapping: stored.mapping };
  }

  // The listed items are kept until the archive's stored items or mapping change (a new object).
  let listedCache: { items: StoredPastCheck[]; mapping: StoredRatingMapping; list: PastCheck[] } | undefined;

  async function everything(): Promise<PastCheck[]> {
    const { items, mapping } = await archive.read();
    if (listedCache?.items !== items || listedCache.mapping !== mapping) {
      listedCache = { items, mapping, list: listed(items, mapping) };
    }
    return [...listedCache.list, ...(await desk.list())];
  }

  async function mapping() {
    const { items, mapping: stored } = await archive.read();
    const read = ratingReader(stored);
    const unmapped = new Map<string, { label: string; count: number }>();
    for (const { rating } of items) {
      if (read(rating).mappedBy !== 'fallback') continue;
      const entry = unmapped.get(ratingKey(rating.label)) ?? { label: rating.label, count: 0 };
      entry.count++;
      unmapped.set(ratingKey(rating.label), entry);
    }
    return {
      entries: mappingEntries(stored),
      fallback: stored.fallback,
      unmapped: [...unmapped.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    };
  }

  return {
    'pastChecks.preview': async ({ fileName, dataBase64 }) => {
      const { plan, summary, mapping: stored } = await readFile(fileName, dataBase64);
      return { ...summary, sample: listed(plan.added.slice(0, PAST_CHECK_LIMITS.previewSample), stored) };
    },
    'pastChecks.import': async ({ fileName, dataBase64 }) => {
      const { parsed, summary } = await readFile(fileName, dataBase64);
      if (summary.added === 0) return summary;
      // Planned again inside the write: another import may have landed since the file was read.
      const result = await archive.update((draft) => {
        const plan = planImport(parsed.items, draft.items, context.now());
        draft.items.push(...plan.added);
        return plan;
      }, `the fact-checks from ${fileName}`);
      publish({ kind: 'past-checks' });
      return { ...summary, added: result.added.length, duplicates: summary.read - result.added.length };
    },
    'pastChecks.list': async (query) => queryPastChecks(await everything(), query),
    'pastChecks.get': async ({ id }) => {
      const found = (await everything()).find((item) => item.id === id);
      if (!found) throw new AppError('NOT_FOUND', `There is no past fact-check ${id} in the archive.`);
      return found;
    },
    'pastChecks.delete': async ({ ids }) => {
      const wanted = new Set(ids);
      if (ids.some((id) => id.startsWith(DESK_ID_PREFIX))) {
        throw new AppError(
          'INVALID_INPUT',
          `The desk's own claims are not deleted from the archive: change the claim's status in its article instead. Nothing was deleted.`,
        );
      }
      const deleted = await archive.update((draft) => {
        const known = new Set(draft.items.map((item) => item.id));
        const missing = ids.find((id) => !known.has(id));
        if (missing)
          throw new AppError(
            'NOT_FOUND',
            `There is no past fact-check ${missing} in the archive; nothing was deleted.`,
          );
        const before = draft.items.length;
        draft.items = draft.items.filter((item) => !wanted.has(item.id));
        return before - draft.items.length;
      }, 'the deletion');
      publish({ kind: 'past-checks' });
      return { deleted };
    },
    'pastChecks.mapping': () => mapping(),
    'pastChecks.updateMapping': async (change) => {
      const current = (await archive.read()).mapping;
      // A change that changes nothing writes nothing.
      if (isDeepStrictEqual(changeMapping(current, change), current)) return mapping();
      await archive.update((draft) => {
        draft.mapping = changeMapping(draft.mapping, change);
      }, 'the rating mapping');
      publish({ kind: 'past-checks' });
      return mapping();
    },
  };
}
