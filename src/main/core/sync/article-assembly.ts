import { byTextPlace } from '../../../shared/claim-order';
import type { Article, Claim, TrashedClaim, Version } from '../../../shared/model';
import { articleSchema } from '../store/file-schemas';
import { claimOf, type RecordContent, type VersionDoc } from './doc-layout';

export type Assembly = { ok: true; article: Article } | { ok: false; waiting: boolean; reason: string };

/**
 * The article the data folder should hold, from its documents: the article's own fields, every
 * version (this machine's own where it has them: they never change), its claims in text order and
 * its trashed claims, newest last. Checked like a file read from disk: the desk is not trusted more.
 */
export function assembleArticle(
  articleId: string,
  article: RecordContent,
  claims: Map<string, RecordContent>,
  localVersions: Version[],
  mirrorVersions: Map<number, VersionDoc>,
): Assembly {
  const { versionCount, ...fields } = article.record as { versionCount?: number } & Record<string, unknown>;
  const count = Math.max(Number(versionCount ?? 0), localVersions.length);
  const versions: Version[] = [];
  for (let n = 1; n <= count; n++) {
    const version = localVersions[n - 1] ?? mirrorVersions.get(n)?.version;
    if (!version) return { ok: false, waiting: true, reason: `version ${n} has not arrived yet` };
    versions.push(version);
  }
  const active: Claim[] = [];
  const trashed: TrashedClaim[] = [];
  for (const [docId, content] of claims) {
    const claim = claimOf(docId, content);
    if (claim.deleted) trashed.push(claim as TrashedClaim);
    else active.push(claim);
  }
  active.sort(byTextPlace);
  trashed.sort((a, b) => a.deleted.at.localeCompare(b.deleted.at));
  const candidate = {
    ...fields,
    id: articleId,
    versions,
    claims: active,
    ...(trashed.length ? { trashedClaims: trashed } : {}),
    ...(article.conflicts?.length ? { conflicts: article.conflicts } : {}),
  };
  const parsed = articleSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      waiting: false,
      reason: `${issue?.path.join('.') || 'the article'}: ${issue?.message ?? 'unreadable'}`,
    };
  }
  return { ok: true, article: parsed.data };
}
