import type { Claim, ClaimAppearance, Claimant, ClaimKind, ClaimStatus, HistoryEvent } from '../../../shared/model';
import { AppError } from '../app-error';
import {
  addEvidence,
  changeAppearance,
  changeAssignee,
  changeClaimant,
  changeKind,
  changeMadeAt,
  changeNotes,
  changeStatus,
  changeVerdict,
  madeValue,
  removeEvidence,
  type Actor,
} from './claim-changes';
import { statusRefusal, statusStillBacked } from './status-rules';

/** The changes an editor makes, which undo can reverse; revisions and merges are not theirs to undo. */
const UNDOABLE = new Set<HistoryEvent['change']>([
  'status',
  'kind',
  'assignee',
  'notes',
  'verdict',
  'claimant',
  'appearance',
  'made-at',
  'evidence-added',
  'evidence-removed',
]);

/** A trip to the trash and back, or a rejected match, changes none of the claim's fields: undo looks past it. */
const passedOver = (event: HistoryEvent): boolean =>
  event.change === 'deleted' || event.change === 'restored' || event.change === 'match-rejected';

function undoable(event: HistoryEvent): boolean {
  if (!UNDOABLE.has(event.change)) return false;
  // The workbench sets needs-recheck; undoing that would let a changed claim keep its old verdict.
  if (event.change === 'status' && event.to === 'needs-recheck') return false;
  if (event.change.startsWith('evidence-') && !event.evidence) return false;
  return true;
}

/**
 * The index of the event an undo reverses: the latest change not yet undone and not itself an undo.
 * Undoing again walks further back. Null when that change is not the editor's to undo.
 */
export function undoTarget(claim: Claim): number | null {
  const undone = new Set<number>();
  for (const event of claim.history) if (event.undoes !== undefined) undone.add(event.undoes);
  for (let i = claim.history.length - 1; i >= 0; i--) {
    const event = claim.history[i]!;
    if (event.undoes !== undefined || undone.has(i) || passedOver(event)) continue;
    return undoable(event) ? i : null;
  }
  return null;
}

/** Why undo stops here, in the editor's terms. */
function whyNoUndo(claim: Claim): string {
  const undone = new Set(claim.history.flatMap((e) => (e.undoes === undefined ? [] : [e.undoes])));
  const last = claim.history.findLast((e, i) => e.undoes === undefined && !undone.has(i) && !passedOver(e));
  if (!last || last.change === 'created') return 'There is nothing to undo on this claim.';
  if (last.change.startsWith('evidence-') && !last.evidence && last.change !== 'evidence-source') {
    return 'The last change to this claim was recorded before undo existed, so it cannot be undone.';
  }
  return 'There is nothing to undo on this claim: its last change was made by the workbench (a revision, a merge or a change to a source).';
}

/**
 * Reverses the claim's last change by recording its opposite: the history keeps both, so an undo is
 * itself on the record. `sourceExists` guards re-linking evidence to a source deleted meanwhile.
 */
export function undoLastChange(
  claim: Claim,
  actor: Omit<Actor, 'undoes'>,
  sourceExists: (id: string) => boolean,
): void {
  const index = undoTarget(claim);
  if (index === null) throw new AppError('NOTHING_TO_UNDO', whyNoUndo(claim));
  const event = claim.history[index]!;
  const who: Actor = { ...actor, undoes: index };
  switch (event.change) {
    case 'status': {
      const status = event.from as ClaimStatus;
      // The reason that allowed the earlier status comes back with it (false and disputed may rest on it).
      const reason = claim.history.slice(0, index).findLast((e) => e.change === 'status' && e.to === status)?.note;
      const refusal = status === 'needs-recheck' ? null : statusRefusal(claim, status, reason);
      if (refusal) throw new AppError('STATUS_RULE', `This cannot be undone now. ${refusal}`);
      changeStatus(claim, status, who, reason);
      return;
    }
    case 'kind':
      changeKind(claim, event.from as ClaimKind, who);
      return;
    case 'assignee':
      changeAssignee(claim, event.from ?? '', who);
      return;
    case 'notes':
      changeNotes(claim, event.from ?? '', who);
      return;
    case 'verdict':
      changeVerdict(claim, event.from ?? '', who);
      return;
    case 'claimant':
      changeClaimant(claim, madeValue('claimant', event.from) as Claimant, who);
      return;
    case 'appearance':
      changeAppearance(claim, madeValue('appearance', event.from) as ClaimAppearance, who);
      return;
    case 'made-at':
      changeMadeAt(claim, madeValue('made-at', event.from) as string, who);
      return;
    case 'evidence-added': {
      const evidence = claim.evidence.find((e) => e.id === event.evidence!.id);
      if (!evidence) throw new AppError('NOTHING_TO_UNDO', 'This evidence is no longer linked to the claim.');
      const after = { ...claim, evidence: claim.evidence.filter((e) => e !== evidence) };
      if (!statusStillBacked(after)) {
        throw new AppError(
          'STATUS_RULE',
          `This cannot be undone while the claim keeps its status. ${statusRefusal(after, claim.status)}`,
        );
      }
      removeEvidence(claim, evidence, who, event.to ?? '');
      return;
    }
    case 'evidence-removed': {
      const evidence = event.evidence!;
      if (!sourceExists(evidence.sourceId)) {
        throw new AppError(
          'NOT_FOUND',
          'The source of this evidence has been deleted from the library, so it cannot be linked again.',
        );
      }
      addEvidence(claim, { ...evidence }, who, event.from ?? '');
      return;
    }
    default:
      throw new AppError('NOTHING_TO_UNDO', 'This change cannot be undone.');
  }
}
