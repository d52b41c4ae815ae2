import { useState } from 'react';
import { RELATION_LABELS, RELIABILITY_LABELS, STATUS_LABELS, citationOf } from '../../../shared/labels';
import type { Source } from '../../../shared/model';
import { isWebUrl } from '../../../shared/urls';
import { AttachmentList } from './AttachmentList';
import { SourceForm } from './SourceForm';
import { isInUse, useDeleteSource, useMergeSources, useUpdateSource } from './source-mutations';
import { useSourceCitations } from './source-queries';

interface Props {
  source: Source;
  sources: Source[];
  /** Sources that look like this one (same address or title). */
  duplicates: Source[];
  onOpenClaim: (articleId: string, claimId: string) => void;
  onDeleted: () => void;
}

/** One source: its fields, files, the claims citing it, and merging or deleting it. */
export function SourceDetail({ source, sources, duplicates, onOpenClaim, onDeleted }: Props) {
  const [editing, setEditing] = useState(false);
  const citations = useSourceCitations(source.id) ?? null;
  const update = useUpdateSource();
  const del = useDeleteSource();
  const mergeSources = useMergeSources();
  // Nothing is ticked for the editor: a merge re-points evidence, so each one is a choice.
  const [mergeIds, setMergeIds] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const [deleteWarning, setDeleteWarning] = useState<string | null>(null);

  async function merge(ids: string[]): Promise<void> {
    const names = ids.map((id) => sources.find((s) => s.id === id)?.title ?? id);
    const question = `Merge ${names.map((n) => `“${n}”`).join(', ')} into “${source.title}”? Their evidence will cite this source; the merged entries go to the trash folder.`;
    if (ids.length > 0 && window.confirm(question)) {
      await mergeSources.mutateAsync({ keepId: source.id, mergeIds: ids }).catch(() => undefined);
    }
  }

  async function remove(force: boolean): Promise<void> {
    if (!force && !window.confirm(`Delete “${source.title}” from the sources library? It is kept in the trash folder.`))
      return;
    try {
      await del.mutateAsync({ id: source.id, force });
      onDeleted();
    } catch (error) {
      if (!force && isInUse(error)) setDeleteWarning(error.message);
    }
  }

  return (
    <div className="source-detail">
      {editing ? (
        <SourceForm
          initial={source}
          onSubmit={(fields) => update.mutateAsync({ id: source.id, ...fields }).catch(() => undefined)}
          onDone={() => setEditing(false)}
        />
      ) : (
        <>
          <div className="source-detail-head">
            <h2>{source.title}</h2>
            <button type="button" className="button small" onClick={() => setEditing(true)}>
              Edit
            </button>
          </div>
          <p className="muted">
            {citationOf(source)}
            {source.reliability ? (
              <span className={`reliability reliability-${source.reliability}`}>
                {RELIABILITY_LABELS[source.reliability]}
              </span>
            ) : null}
          </p>
          {source.url && isWebUrl(source.url) ? (
            <p>
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {source.url}
              </a>
            </p>
          ) : null}
          {source.notes ? <p className="source-notes">{source.notes}</p> : null}
        </>
      )}

      <AttachmentList source={source} />

      <section aria-label="Cited by">
        <h3>Cited by</h3>
        {citations === null ? (
          <p className="muted">Looking through the library…</p>
        ) : citations.length === 0 ? (
          <p className="empty-hint">No claim cites this source yet.</p>
        ) : (
          <ul className="citation-list">
            {citations.map((c) => (
              <li key={c.evidenceId}>
                <button type="button" className="citation" onClick={() => onOpenClaim(c.articleId, c.claimId)}>
                  <span className={`relation-badge relation-${c.relation}`}>{RELATION_LABELS[c.relation]}</span>
                  <span className="citation-claim">{c.claimText}</span>
                  <span className="muted">
                    {c.articleTitle} · {STATUS_LABELS[c.claimStatus]}
                    {c.locator ? ` · ${c.locator}` : ''}
                  </span>
                  {c.excerpt ? <span className="excerpt">{c.excerpt}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="Merge">
        <h3>Merge</h3>
        {duplicates.length > 0 ? (
          <div className="merge-box">
            <p>These look like the same source (same address or title):</p>
            {duplicates.map((d) => (
              <label key={d.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={mergeIds.includes(d.id)}
                  onChange={(e) =>
                    setMergeIds((ids) => (e.target.checked ? [...ids, d.id] : ids.filter((id) => id !== d.id)))
                  }
                />
                {d.title} <span className="muted">({citationOf(d)})</span>
              </label>
            ))}
            <button
              type="button"
              className="button small"
              disabled={mergeIds.length === 0}
              onClick={() => void merge(mergeIds)}
            >
              Merge into this source
            </button>
          </div>
        ) : null}
        <div className="field-row">
          <select aria-label="Another source to merge" value={other} onChange={(e) => setOther(e.target.value)}>
            <option value="">Merge another source into this one…</option>
            {sources
              .filter((s) => s.id !== source.id)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
          </select>
          <button type="button" className="button small" disabled={!other} onClick={() => void merge([other])}>
            Merge
          </button>
        </div>
      </section>

      <section aria-label="Delete">
        {deleteWarning ? (
          <div className="rule-note" role="alert">
            <p>{deleteWarning}</p>
            <button type="button" className="button small danger" onClick={() => void remove(true)}>
              Delete and mark those claims for re-check
            </button>{' '}
            <button type="button" className="button small" onClick={() => setDeleteWarning(null)}>
              Keep it
            </button>
          </div>
        ) : (
          <button type="button" className="link-button danger" onClick={() => void remove(false)}>
            Delete source
          </button>
        )}
      </section>
    </div>
  );
}
