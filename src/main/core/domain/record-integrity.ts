import { LIMITS } from '../../../shared/limits';
import { isPartialDate } from '../../../shared/partial-date';
import { isWebUrl } from '../../../shared/urls';
import type { Article, Claim, HistoryEvent, Source, TrashedClaim } from '../../../shared/model';

const ARTICLE_ID = /^a[0-9a-z]{1,40}$/;
const ID_TAIL = /^[0-9a-z]{1,40}$/;
const SOURCE_ID = /^s[0-9a-z]{1,40}$/;
const EVIDENCE_ID = /^[0-9A-Za-z_-]{1,80}$/;

/** Field → the most characters the API would take for it. */
type Limits = Record<string, number>;

function tooLong(what: string, fields: Record<string, unknown>, limits: Limits): string | null {
  for (const [name, max] of Object.entries(limits)) {
    const value = fields[name];
    if (typeof value === 'string' && value.length > max) {
      return `${what}: ${name} is ${value.length} characters long; at most ${max} are accepted.`;
    }
  }
  return null;
}

function firstDuplicate(values: readonly (string | number)[]): string | number | undefined {
  const seen = new Set<string | number>();
  return values.find((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

/** Times in order, undos pointing back, and the status changes ending where the claim stands. */
function historyProblem(claim: Claim): string | null {
  let previous = '';
  let status: string | undefined;
  for (const [i, event] of claim.history.entries() as IterableIterator<[number, HistoryEvent]>) {
    if (Number.isNaN(Date.parse(event.at))) return `claim ${claim.id}: history entry ${i + 1} has no valid time.`;
    if (event.at < previous) return `claim ${claim.id}: history entry ${i + 1} is dated before the one above it.`;
    previous = event.at;
    if (event.undoes !== undefined && !(event.undoes >= 0 && event.undoes < i)) {
      return `claim ${claim.id}: history entry ${i + 1} undoes an entry that does not come before it.`;
    }
    if (event.note !== undefined && event.note.length > LIMITS.notesChars) {
      return `claim ${claim.id}: history entry ${i + 1} has a note longer than ${LIMITS.notesChars} characters.`;
    }
    if (event.change === 'status') {
      if (status !== undefined && event.from !== status) {
        return `claim ${claim.id}: history entry ${i + 1} changes the status from “${event.from}”, but it was “${status}”.`;
      }
      status = event.to;
    }
  }
  if (status !== undefined && status !== claim.status) {
    return `claim ${claim.id}: its history ends at “${status}” but the claim says “${claim.status}”.`;
  }
  return null;
}

/** How the claim was made, held to the limits the API holds it to. */
function madeProblem(claim: Claim): string | null {
  const { claimant, appearance, madeAt } = claim;
  const long = tooLong(
    `claim ${claim.id}`,
    { claimant: claimant?.name, publication: appearance?.publication, 'appearance url': appearance?.url },
    { claimant: LIMITS.shortFieldChars, publication: LIMITS.shortFieldChars, 'appearance url': LIMITS.shortFieldChars },
  );
  if (long) return long;
  if (appearance?.url !== undefined && !isWebUrl(appearance.url)) {
    return `claim ${claim.id}: where it appeared is not a web address.`;
  }
  const badDate = [madeAt, appearance?.date].find((d) => d !== undefined && (d === '' || !isPartialDate(d)));
  if (badDate !== undefined) return `claim ${claim.id}: “${badDate.slice(0, 40)}” is not a date written YYYY-MM-DD.`;
  return null;
}

/** Who deleted a claim in the article's trash, when and why, held to the limits of the history. */
function deletionProblem(claim: TrashedClaim): string | null {
  const { at, by, reason } = claim.deleted;
  if (Number.isNaN(Date.parse(at))) return `claim ${claim.id}: its deletion has no valid time.`;
  const long = tooLong(
    `claim ${claim.id}`,
    { 'deleted by': by, reason },
    {
      'deleted by': LIMITS.shortFieldChars,
      reason: LIMITS.notesChars,
    },
  );
  return long;
}

function claimProblem(article: Article, claim: Claim, texts: Map<number, string>): string | null {
  const prefix = `${article.id}-c`;
  if (!claim.id.startsWith(prefix) || !ID_TAIL.test(claim.id.slice(prefix.length))) {
    return `${claim.id.slice(0, 80)} is not a claim id of article ${article.id}.`;
  }
  const long = tooLong(
    `claim ${claim.id}`,
    { ...claim },
    {
      verdict: LIMITS.verdictChars,
      notes: LIMITS.notesChars,
      assignee: LIMITS.shortFieldChars,
    },
  );
  if (long) return long;
  const made = madeProblem(claim);
  if (made) return made;
  const { version, start, end, exact } = claim.anchor;
  const text = texts.get(version);
  if (text === undefined) return `claim ${claim.id} points into version ${version}, which the record does not have.`;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    return `claim ${claim.id}: its place (${start}–${end}) is not inside version ${version}.`;
  }
  if (text.slice(start, end) !== exact) return `claim ${claim.id}: the words at its place are not the claim's words.`;
  const evidenceIds = claim.evidence.map((e) => e.id);
  const badEvidence = evidenceIds.find((id) => !EVIDENCE_ID.test(id)) ?? firstDuplicate(evidenceIds);
  if (badEvidence !== undefined)
    return `claim ${claim.id}: evidence id ${String(badEvidence).slice(0, 80)} is not valid or not unique.`;
  for (const evidence of claim.evidence) {
    const longEvidence = tooLong(
      `evidence ${evidence.id}`,
      { ...evidence },
      {
        excerpt: LIMITS.excerptChars,
        locator: LIMITS.shortFieldChars,
      },
    );
    if (longEvidence) return longEvidence;
  }
  return historyProblem(claim);
}

/**
 * What is wrong with an imported article record, or null: the same limits and integrity rules as
 * the API holds every change to (ids, sizes, anchors on their words, well-formed history).
 */
export function recordProblem(article: Article, sources: readonly Source[]): string | null {
  if (!ARTICLE_ID.test(article.id)) return `${article.id.slice(0, 80)} is not an article id.`;
  const long = tooLong(
    'the article',
    { ...article },
    {
      title: LIMITS.titleChars,
      desk: LIMITS.shortFieldChars,
      author: LIMITS.shortFieldChars,
    },
  );
  if (long) return long;
  if (article.versions.length === 0) return 'the article has no version.';
  for (const [i, version] of article.versions.entries()) {
    if (version.n !== i + 1) return `the versions are not numbered 1, 2, 3… (found ${version.n} in place ${i + 1}).`;
    if (version.text.length > LIMITS.textChars) {
      return `version ${version.n} holds ${version.text.length} characters; at most ${LIMITS.textChars} are accepted.`;
    }
    const longVersion = tooLong(`version ${version.n}`, { ...version }, { label: LIMITS.titleChars });
    if (longVersion) return longVersion;
  }
  const trashed = article.trashedClaims ?? [];
  const duplicateClaim = firstDuplicate([...article.claims, ...trashed].map((c) => c.id));
  if (duplicateClaim !== undefined) return `claim id ${String(duplicateClaim).slice(0, 80)} appears twice.`;
  const texts = new Map(article.versions.map((v) => [v.n, v.text]));
  for (const claim of [...article.claims, ...trashed]) {
    const problem = claimProblem(article, claim, texts);
    if (problem) return problem;
  }
  for (const claim of trashed) {
    const problem = deletionProblem(claim);
    if (problem) return problem;
  }
  const badSource = sources.find((s) => !SOURCE_ID.test(s.id));
  if (badSource) return `${badSource.id.slice(0, 80)} is not a source id.`;
  const duplicateSource = firstDuplicate(sources.map((s) => s.id));
  if (duplicateSource !== undefined) return `source id ${String(duplicateSource)} appears twice.`;
  for (const source of sources) {
    const longSource = tooLong(
      `source ${source.id}`,
      { ...source },
      {
        title: LIMITS.titleChars,
        notes: LIMITS.notesChars,
        citation: LIMITS.shortFieldChars,
        author: LIMITS.shortFieldChars,
        publisher: LIMITS.shortFieldChars,
      },
    );
    if (longSource) return longSource;
  }
  return null;
}
