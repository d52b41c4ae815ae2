import type { Claim } from '../../../shared/model';
import type {
  ClaimSourceCheck,
  ExcerptCheck,
  FoundPassage,
  QuoteCheck,
  SourceFinding,
} from '../../../shared/source-checks';
import type { LocateOptions, LocateResult, LocatedExcerpt } from '../../../shared/locate';
import { spanIndexAt } from '../../../shared/text-shape';
import { wordDiff } from '../../../shared/wording-diff';
import type { AttachedText } from './attached-text';
import { quotedPassage } from './quoted-passage';
import { quotedWords } from './quoted-words';

export type LocateInDocument = (document: AttachedText, passage: string, context: LocateOptions) => LocateResult;

/** Each cited source's searchable files; a source missing here has none. */
export type DocumentsOfSource = (sourceId: string) => readonly AttachedText[];

export function passageIn(document: AttachedText, located: LocatedExcerpt): FoundPassage {
  const found: FoundPassage = {
    sha256: document.sha256,
    fileName: document.fileName,
    start: located.start,
    end: located.end,
    text: located.text,
    score: located.score,
  };
  const page = document.pages?.[spanIndexAt(document.pages, located.start)];
  if (page) found.page = page.page;
  else {
    const paragraph = spanIndexAt(document.paragraphs, located.start);
    if (paragraph >= 0) found.paragraph = paragraph + 1;
  }
  return found;
}

export interface Best {
  finding: SourceFinding;
  found?: FoundPassage;
  sourceId?: string;
}

/** The closest passage to `passage` over every document of the given sources; exact beats approximate. */
export function bestPassage(
  sourceIds: readonly string[],
  documentsOf: DocumentsOfSource,
  locate: LocateInDocument,
  passage: string,
  context: LocateOptions,
): Best {
  let best: Best | undefined;
  let searched = false;
  for (const sourceId of sourceIds) {
    for (const document of documentsOf(sourceId)) {
      searched = true;
      const located = locate(document, passage, context);
      if (located.kind === null) continue;
      const better =
        !best?.found ||
        (located.kind === 'exact' && best.finding !== 'exact') ||
        (located.kind === best.finding && located.score > best.found.score);
      if (better) best = { finding: located.kind, found: passageIn(document, located), sourceId };
      if (located.kind === 'exact') return best!;
    }
  }
  return best ?? { finding: searched ? 'not-found' : 'no-text' };
}

const RANK: Record<SourceFinding, number> = { exact: 0, approximate: 1, 'not-found': 2, 'no-text': 3 };

/** Looks each excerpt up in its source's files, and a quote's words in every source the claim cites. */
export function checkClaimAgainstSources(
  claim: Claim,
  documentsOf: DocumentsOfSource,
  locate: LocateInDocument,
): ClaimSourceCheck {
  const excerpts: ExcerptCheck[] = claim.evidence
    .filter((e) => e.excerpt?.trim())
    .map((e) => {
      const best = bestPassage([e.sourceId], documentsOf, locate, e.excerpt!, {});
      return { evidenceId: e.id, finding: best.finding, ...(best.found ? { found: best.found } : {}) };
    });
  const check: ClaimSourceCheck = { claimId: claim.id, excerpts };
  const cited = [...new Set(claim.evidence.map((e) => e.sourceId))];
  if (claim.kind !== 'quote' || cited.length === 0) return check;

  // A quote in pieces is as good as its worst piece: that is the one the checker needs to see.
  let worst: QuoteCheck | undefined;
  for (const quoted of quotedWords(claim.anchor.exact)) {
    const best = bestPassage(cited, documentsOf, locate, quoted, {});
    const piece: QuoteCheck = { quoted, finding: best.finding };
    if (best.sourceId) piece.sourceId = best.sourceId;
    if (best.found) {
      const document = documentsOf(best.sourceId!).find((d) => d.sha256 === best.found!.sha256)!;
      piece.found = quotedPassage(document, best.found, quoted);
      // Only case or the punctuation around words differ: the words are the source's own.
      if (!wordDiff(piece.found.text, quoted, { loose: true }).some((p) => p.kind !== 'same')) piece.finding = 'exact';
    }
    if (!worst || RANK[piece.finding] > RANK[worst.finding]) worst = piece;
  }
  if (worst) check.quote = worst;
  return check;
}
