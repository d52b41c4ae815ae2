import { useState, type ReactNode } from 'react';
import type { ApiInput, SourceFields } from '../../../shared/api';
import { STATUS_LABELS } from '../../../shared/labels';
import { CLAIM_STATUSES, type Claim, type ClaimStatus, type Source, type Version } from '../../../shared/model';
import { recheckedSinceRevision } from '../../../shared/recheck';
import { wordingChanges } from '../../../shared/wording-diff';
import { AssigneeSelect } from '../desk/AssigneeSelect';
import { PastMatchesSection } from '../past-matches/PastMatchesSection';
import { articleOfClaim } from '../past-matches/past-match-queries';
import { QuoteCheckNote } from '../evidence-checks/QuoteCheckNote';
import { useSourceCheck } from '../evidence-checks/use-source-check';
import { EvidenceSection } from '../sources/EvidenceSection';
import { ClaimHistory } from './ClaimHistory';
import { ClaimMadeFields } from './ClaimMadeFields';
import { useFieldFeedback, type SaveOutcome } from './field-feedback';
import { FieldStatus } from './FieldStatus';
import { KindSelect } from './KindSelect';
import { WordingDiff } from './WordingDiff';

interface Props {
  claim: Claim;
  /** The article's versions: they date the claim's changes of wording. */
  versions: readonly Version[];
  sources: Source[];
  /** The desk's people, offered as assignees, and the editor's own name among them. */
  people: readonly string[];
  me: string;
  /** Opens Settings → Desk, where the desk's people are listed. */
  onEditPeople?: () => void;
  /** The claim's unresolved conflicts (desk sync), shown above its status. */
  conflicts?: ReactNode;
  onClose: () => void;
  /** Whether the change is stored, or why the core refused it (shown beside the field). */
  onUpdate: (input: ApiInput<'claims.update'>) => Promise<SaveOutcome>;
  /** The note is the editor's reason, kept with the status in the history. */
  onSetStatus: (status: ClaimStatus, note?: string) => Promise<boolean | undefined>;
  /** Why the last status change was refused, if it was. */
  refusal: string | null;
  onUndo: () => void;
  onDelete: () => void;
  onCreateSource: (fields: SourceFields) => Promise<Source | undefined>;
  onAddEvidence: (input: ApiInput<'claims.addEvidence'>) => Promise<boolean | undefined>;
  onRemoveEvidence: (evidenceId: string) => void;
  /** Re-anchors the claim to the words selected in the current version. */
  onReattach: () => void;
}

/** Shows one claim; keyed by claim id, so its fields start from that claim's saved values. */
export function ClaimInspector(props: Props) {
  const { claim } = props;
  const [notes, setNotes] = useState(claim.notes);
  const [verdict, setVerdict] = useState(claim.verdict ?? '');
  // When the stored values change under the fields (an undo, a status change clearing the verdict),
  // the fields follow, so that a later blur cannot save the old text back.
  const [stored, setStored] = useState({ notes: claim.notes, verdict: claim.verdict });
  if (stored.notes !== claim.notes || stored.verdict !== claim.verdict) {
    setStored({ notes: claim.notes, verdict: claim.verdict });
    if (stored.notes !== claim.notes) setNotes(claim.notes);
    if (stored.verdict !== claim.verdict) setVerdict(claim.verdict ?? '');
  }
  const wording = wordingChanges(claim.history, props.versions).at(-1);
  const checkable = claim.evidence.some((e) => e.excerpt) || (claim.kind === 'quote' && claim.evidence.length > 0);
  const sourceCheck = useSourceCheck(claim.id, checkable);
  const sourceTitle = (id: string): string => props.sources.find((s) => s.id === id)?.title ?? 'Unknown source';
  /** The editor's reason, sent with the next change of any kind and kept on its history event. */
  const [reason, setReason] = useState('');

  /** Clears the reason a stored change used, not one typed meanwhile (the status shows before it is stored). */
  const usedUp = (sent: string): void => setReason((now) => (now.trim() === sent ? '' : now));

  async function setStatus(status: ClaimStatus): Promise<void> {
    const sent = reason.trim();
    if (await props.onSetStatus(status, sent || undefined)) usedUp(sent);
  }

  const feedback = useFieldFeedback();
  /**
   * Saves the field the editor left; "Saved" or the refusal appears beside it. A refused value stays
   * in the field, to be corrected. The reason is used up only by a change that is stored.
   */
  async function onUpdate(field: string, input: ApiInput<'claims.update'>): Promise<boolean> {
    const sent = reason.trim();
    const outcome = await props.onUpdate(sent ? { ...input, note: sent } : input);
    feedback.report(field, outcome);
    if (outcome.ok) usedUp(sent);
    return outcome.ok;
  }
  /** Saves on leaving the field when its value differs from the stored one; else forgets a refusal. */
  function leave(field: 'verdict' | 'notes', changed: boolean, input: ApiInput<'claims.update'>): void {
    if (changed) void onUpdate(field, input);
    else feedback.clear(field);
  }

  return (
    <div className="inspector" aria-label="Claim inspector">
      <div className="inspector-top">
        <button type="button" className="link-button" onClick={props.onClose} title="Back to all claims (Esc)">
          ← All claims
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="link-button"
          onClick={props.onUndo}
          title="Undo the last change to this claim (Ctrl+Z). The undo is kept in the history."
        >
          Undo last change
        </button>
        <button type="button" className="link-button danger" onClick={props.onDelete}>
          Delete claim
        </button>
      </div>
      <blockquote className={`claim-quote status-${claim.status}`}>{claim.anchor.exact}</blockquote>
      {claim.anchorState === 'orphaned' ? (
        <div className="anchor-note" role="note">
          <p>
            This claim was not found in the current version (it was tagged in version {claim.anchor.version}). Select
            its new words in the draft, then re-attach it.
          </p>
          <button type="button" className="button small" onClick={props.onReattach}>
            Re-attach to the selection
          </button>
        </div>
      ) : claim.anchorState === 'edited' && !recheckedSinceRevision(claim) ? (
        <p className="anchor-note" role="note">
          Its wording changed in version {claim.anchor.version}
          {claim.anchorConfidence !== undefined ? ` (match ${Math.round(claim.anchorConfidence * 100)}%)` : ''}: check
          it again.
        </p>
      ) : null}
      {wording ? <WordingDiff change={wording} /> : null}
      {props.conflicts}

      <fieldset className="status-picker">
        <legend>Status</legend>
        {CLAIM_STATUSES.map((s, i) => (
          <button
            key={s}
            type="button"
            className={`status-button status-${s}${claim.status === s ? ' active' : ''}`}
            aria-pressed={claim.status === s}
            disabled={s === 'needs-recheck' && claim.status !== s}
            onClick={() => void setStatus(s)}
            title={
              s === 'needs-recheck'
                ? 'Set by the workbench after a revision or a change to a cited source'
                : `Shortcut: ${i + 1}`
            }
          >
            {STATUS_LABELS[s]}
          </button>
        ))}
      </fieldset>
      {props.refusal ? (
        <p className="rule-note" role="alert">
          {props.refusal}
        </p>
      ) : null}
      <div className="field-row">
        <label className="grow">
          Reason for the next change (optional)
          <input value={reason} placeholder="Why — kept in the history" onChange={(e) => setReason(e.target.value)} />
        </label>
        <FieldStatus {...feedback.status('verdict')}>
          <label>
            Verdict label
            <input
              value={verdict}
              placeholder="e.g. Mostly true"
              maxLength={80}
              {...feedback.describe('verdict')}
              onChange={(e) => setVerdict(e.target.value)}
              onBlur={() => leave('verdict', verdict.trim() !== (claim.verdict ?? ''), { claimId: claim.id, verdict })}
            />
          </label>
        </FieldStatus>
      </div>

      <div className="field-row">
        <FieldStatus {...feedback.status('kind')}>
          <KindSelect
            value={claim.kind}
            describedBy={feedback.status('kind').id}
            onChange={(kind) => void onUpdate('kind', { claimId: claim.id, kind })}
          />
        </FieldStatus>
        <FieldStatus {...feedback.status('assignee')}>
          <AssigneeSelect
            value={claim.assignee}
            people={props.people}
            me={props.me}
            describedBy={feedback.status('assignee').id}
            onChange={(assignee) => void onUpdate('assignee', { claimId: claim.id, assignee })}
            {...(props.onEditPeople ? { onEditPeople: props.onEditPeople } : {})}
          />
        </FieldStatus>
      </div>
      <FieldStatus {...feedback.status('notes')}>
        <label>
          Notes
          <textarea
            value={notes}
            rows={4}
            placeholder="What you checked, whom you called, what is still open"
            {...feedback.describe('notes')}
            onChange={(e) => setNotes(e.target.value)}
            onBlur={() => leave('notes', notes !== claim.notes, { claimId: claim.id, notes })}
          />
        </label>
      </FieldStatus>

      <ClaimMadeFields claim={claim} onUpdate={onUpdate} feedback={feedback} />

      <PastMatchesSection claim={claim} articleId={articleOfClaim(claim.id)} />

      {sourceCheck?.quote ? <QuoteCheckNote check={sourceCheck.quote} sourceTitle={sourceTitle} /> : null}
      <EvidenceSection
        checks={sourceCheck}
        claim={claim}
        sources={props.sources}
        onCreateSource={props.onCreateSource}
        onAddEvidence={props.onAddEvidence}
        onRemoveEvidence={props.onRemoveEvidence}
      />

      <h3>History</h3>
      <ClaimHistory history={claim.history} versions={props.versions} />
    </div>
  );
}
