import type { ClaimMatch } from '../../../shared/matching';
import type { PastCheck, StoredPastCheck } from '../../../shared/past-checks';
import { CANDIDATE_DEPTH, matchClaim } from '../matching/match-claim';
import { buildMatchIndex, type MatchIndex } from '../matching/match-index';
import type { PastCheckArchive } from '../past-checks/archive-store';
import type { DeskChecks } from '../past-checks/desk-checks';
import { ratingReader } from '../past-checks/rating-map';

/**
 * The lowest score shown as a match. The matcher ranks any archive item sharing a word; those that
 * share only common words score near 0 (below 0.001), a repeated claim well above this even in a
 * small archive, where rare words are rare only among a few items.
 */
export const MIN_MATCH_SCORE = 0.01;

export interface FoundMatch extends ClaimMatch {
  pastCheck: PastCheck;
}

interface Part<T> {
  index: MatchIndex | undefined;
  byId: Map<string, T>;
}

/** Imported items indexed beside the desk's own, only for their word statistics (see below). */
const BACKGROUND_ITEMS = 500;

type Indexed = { id: string; claim: string };

/**
 * An index over `items`. Scores depend on how rare the shared words are in the index, so a desk with
 * a handful of settled claims is indexed with `background` items too (never returned as matches):
 * otherwise an exact repeat would score too low to count.
 */
function part<T extends Indexed>(items: readonly T[], background: readonly Indexed[] = []): Part<T> {
  const usable = items.filter((item) => item.claim.trim() !== '');
  const entries = [...usable, ...(usable.length > 0 ? background : [])].map((item) => ({
    id: item.id,
    text: item.claim,
  }));
  return {
    index: entries.length > 0 ? buildMatchIndex(entries) : undefined,
    byId: new Map(usable.map((item) => [item.id, item])),
  };
}

function backgroundOf(items: readonly StoredPastCheck[]): StoredPastCheck[] {
  const step = Math.max(1, Math.floor(items.length / BACKGROUND_ITEMS));
  return items.filter((item, n) => n % step === 0 && item.claim.trim() !== '').slice(0, BACKGROUND_ITEMS);
}

/** The archive as the matcher sees it at one moment: both indexes and the rating reader. */
export interface MatchSnapshot {
  /** Changes whenever either index is rebuilt: caches of match results key on it. */
  version: number;
  match: (text: string, options: { top: number; skip: ReadonlySet<string> }) => FoundMatch[];
  find: (id: string) => PastCheck | undefined;
}

/**
 * Keeps a match index over the whole archive, in two parts so that a claim's status change does
 * not re-index 100,000 imported items: the imported items (rebuilt when the archive's item list is
 * replaced: an import, a deletion, a restore) and the desk's settled claims (rebuilt when their ids
 * or words change). Both are built on first use.
 */
export class ArchiveMatcher {
  private imported: (Part<StoredPastCheck> & { items: readonly StoredPastCheck[] }) | undefined;
  private desk: (Part<PastCheck> & { key: string }) | undefined;
  private version = 0;

  constructor(
    private readonly archive: PastCheckArchive,
    private readonly deskChecks: DeskChecks,
  ) {}

  async snapshot(): Promise<MatchSnapshot> {
    const { items, mapping } = await this.archive.read();
    if (this.imported?.items !== items) {
      this.imported = { ...part(items), items };
      this.desk = undefined;
      this.version++;
    }
    const checks = await this.deskChecks.list();
    const key = checks.map((check) => `${check.id}\u0000${check.claim}`).join('\u0001');
    if (this.desk?.key !== key) {
      this.desk = { ...part(checks, backgroundOf(items)), key };
      this.version++;
    }
    const imported = this.imported;
    const desk = this.desk;
    const read = ratingReader(mapping);
    const asListed = ({ rating, ...item }: StoredPastCheck): PastCheck => ({
      ...item,
      origin: 'imported',
      rating: read(rating),
    });
    // The desk's items carry their rating as they are now; re-read them so a new verdict shows at once.
    const current = new Map(checks.map((check) => [check.id, check]));
    const find = (id: string): PastCheck | undefined => {
      const stored = imported.byId.get(id);
      return stored ? asListed(stored) : current.get(id);
    };
    const match = (text: string, { top, skip }: { top: number; skip: ReadonlySet<string> }): FoundMatch[] => {
      const wanted = top + skip.size;
      const fromImported = imported.index ? matchClaim(imported.index, text, { top: wanted }) : [];
      // The desk's index also holds background items: ask for more, keep only the desk's.
      const fromDesk = desk.index
        ? matchClaim(desk.index, text, { top: Math.min(CANDIDATE_DEPTH, wanted + 10) }).filter((m) =>
            desk.byId.has(m.id),
          )
        : [];
      return [...fromImported, ...fromDesk]
        .filter((m) => m.score >= MIN_MATCH_SCORE && !skip.has(m.id))
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, top)
        .flatMap((m) => {
          const pastCheck = find(m.id);
          return pastCheck ? [{ ...m, pastCheck }] : [];
        });
    };
    return { version: this.version, match, find };
  }
}
