import type { Claim, Source } from '../../../shared/model';
import type { LocateOptions, LocateResult } from '../../../shared/locate';
import { LIMITS } from '../../../shared/limits';
import type { ClaimSourceCheck } from '../../../shared/source-checks';
import { locatorOf } from '../../../shared/source-checks';
import { buildLocatorIndex, locateIn, type LocatorIndex } from '../locate/locate';
import type { SourceTextService } from '../source-text/source-text-service';
import type { AttachedText } from './attached-text';
import { bestPassage, checkClaimAgainstSources } from './check-claim';

/** Documents whose locator index stays built: a long transcript's index is worth keeping between checks. */
const KEPT_INDEXES = 8;

/**
 * Checks claims against the documents attached to their sources. Each document's text is read once
 * (by the source-text service) and its locator index built once, for the few documents last used.
 */
export class SourceChecker {
  private readonly indexes = new Map<string, LocatorIndex>();

  constructor(
    private readonly sources: () => readonly Source[],
    private readonly texts: SourceTextService,
  ) {}

  /** Every searchable file of the given sources, read now if they have not been yet. */
  private async documentsOf(sourceIds: Iterable<string>): Promise<Map<string, AttachedText[]>> {
    const wanted = new Set(sourceIds);
    const documents = new Map<string, AttachedText[]>();
    for (const source of this.sources()) {
      if (!wanted.has(source.id)) continue;
      const readable: AttachedText[] = [];
      for (const attachment of source.attachments ?? []) {
        const text = await this.texts.readSourceText(attachment);
        if (text && text.text.trim()) {
          readable.push({ sha256: attachment.sha256, fileName: attachment.fileName, ...text });
        }
      }
      documents.set(source.id, readable);
    }
    return documents;
  }

  private indexOf(document: AttachedText): LocatorIndex {
    let index = this.indexes.get(document.sha256);
    if (index) this.indexes.delete(document.sha256);
    else index = buildLocatorIndex(document.text);
    this.indexes.set(document.sha256, index);
    if (this.indexes.size > KEPT_INDEXES) this.indexes.delete(this.indexes.keys().next().value!);
    return index;
  }

  /** A passage too long or empty to look up is reported as not found, never as a failed check. */
  private readonly locate = (document: AttachedText, passage: string, context: LocateOptions): LocateResult =>
    passage.trim() && passage.length <= LIMITS.excerptChars
      ? locateIn(this.indexOf(document), passage, context)
      : { kind: null };

  async check(claim: Claim): Promise<ClaimSourceCheck> {
    const documents = await this.documentsOf(claim.evidence.map((e) => e.sourceId));
    return checkClaimAgainstSources(claim, (id) => documents.get(id) ?? [], this.locate);
  }

  /** Where an excerpt is in the source's documents, as a locator ("p. 12", "¶ 4"), when it is found. */
  async locatorFor(sourceId: string, excerpt: string): Promise<string | undefined> {
    const documents = await this.documentsOf([sourceId]);
    const best = bestPassage([sourceId], (id) => documents.get(id) ?? [], this.locate, excerpt, {});
    return best.found ? locatorOf(best.found) : undefined;
  }
}
