import { useState, type FormEvent } from 'react';
import type { ApiInput, SourceFields } from '../../../shared/api';
import { EVIDENCE_RELATIONS, type Claim, type EvidenceRelation, type Source } from '../../../shared/model';
import { citationOf, RELATION_LABELS } from '../../../shared/labels';
import { isWebUrl } from '../../../shared/urls';
import type { ClaimSourceCheck } from '../../../shared/source-checks';
import { ExcerptFinding } from '../evidence-checks/ExcerptFinding';
import { SourceForm } from './SourceForm';

interface Props {
  claim: Claim;
  sources: Source[];
  onCreateSource: (fields: SourceFields) => Promise<Source | undefined>;
  onAddEvidence: (input: ApiInput<'claims.addEvidence'>) => Promise<boolean | undefined>;
  onRemoveEvidence: (evidenceId: string) => void;
  /** The excerpts looked up in their sources' documents, once read. */
  checks?: ClaimSourceCheck | undefined;
}

export function EvidenceSection({ claim, sources, onCreateSource, onAddEvidence, onRemoveEvidence, checks }: Props) {
  const [sourceId, setSourceId] = useState('');
  const [relation, setRelation] = useState<EvidenceRelation>('supports');
  const [excerpt, setExcerpt] = useState('');
  const [locator, setLocator] = useState('');
  const [creating, setCreating] = useState(false);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const finding = (evidenceId: string) => checks?.excerpts.find((c) => c.evidenceId === evidenceId);

  async function link(event: FormEvent): Promise<void> {
    event.preventDefault();
    const done = await onAddEvidence({ claimId: claim.id, sourceId, relation, excerpt, locator });
    if (done) {
      setExcerpt('');
      setLocator('');
    }
  }

  return (
    <section className="evidence" aria-label="Evidence">
      <h3>Evidence</h3>
      {claim.evidence.length === 0 ? (
        <p className="empty-hint">No sources linked yet.</p>
      ) : (
        <ul className="evidence-list">
          {claim.evidence.map((e) => {
            const source = byId.get(e.sourceId);
            return (
              <li key={e.id} className={`evidence-item relation-${e.relation}`}>
                <div className="evidence-head">
                  <span className={`relation-badge relation-${e.relation}`}>{RELATION_LABELS[e.relation]}</span>
                  <span className="evidence-source">{source?.title ?? 'Unknown source'}</span>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Unlink ${source?.title ?? 'source'}`}
                    onClick={() => onRemoveEvidence(e.id)}
                  >
                    Unlink
                  </button>
                </div>
                {source ? (
                  <div className="evidence-citation">
                    {citationOf(source)}
                    {source.url && isWebUrl(source.url) ? (
                      <>
                        {' · '}
                        <a href={source.url} target="_blank" rel="noreferrer noopener">
                          {source.url}
                        </a>
                      </>
                    ) : null}
                  </div>
                ) : null}
                {e.excerpt ? <blockquote className="excerpt">{e.excerpt}</blockquote> : null}
                {e.locator ? <div className="locator">{e.locator}</div> : null}
                {e.excerpt && finding(e.id) ? <ExcerptFinding check={finding(e.id)!} excerpt={e.excerpt} /> : null}
              </li>
            );
          })}
        </ul>
      )}

      {creating ? (
        <SourceForm
          onSubmit={onCreateSource}
          onDone={(source) => {
            setCreating(false);
            if (source) setSourceId(source.id);
          }}
        />
      ) : (
        <form className="form link-form" aria-label="Link a source" onSubmit={(e) => void link(e)}>
          <div className="field-row">
            <label className="grow">
              Source
              <select value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
                <option value="">{sources.length === 0 ? 'No sources yet — create one' : 'Choose a source…'}</option>
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button small" onClick={() => setCreating(true)}>
              + New source
            </button>
          </div>
          <div className="field-row">
            <label>
              Relation
              <select value={relation} onChange={(e) => setRelation(e.target.value as EvidenceRelation)}>
                {EVIDENCE_RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {RELATION_LABELS[r]}
                  </option>
                ))}
              </select>
            </label>
            <label className="grow">
              Where (page, paragraph, timestamp)
              <input
                value={locator}
                onChange={(e) => setLocator(e.target.value)}
                placeholder="Filled in when the excerpt is found"
              />
            </label>
          </div>
          <label>
            Excerpt
            <textarea
              value={excerpt}
              onChange={(e) => setExcerpt(e.target.value)}
              rows={3}
              placeholder="The passage that supports or contradicts the claim"
            />
          </label>
          <div className="form-actions">
            <span className="spacer" />
            <button type="submit" className="button primary" disabled={sourceId === ''}>
              Link source
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
