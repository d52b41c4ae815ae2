import { KIND_LABELS, STATUS_LABELS } from '../../../shared/labels';
import type { ClaimKind, ClaimStatus } from '../../../shared/model';

const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  verdict: 'Verdict label',
  notes: 'Notes',
  assignee: 'Assignee',
  kind: 'Kind',
  claimant: 'Made by',
  appearance: 'Appeared in',
  madeAt: 'Made on',
  title: 'Title',
  deleted: 'Deleted',
};

/** The field in the words of the inspector. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.charAt(0).toUpperCase() + field.slice(1);
}

/** One conflicting value as the inspector would show it: a status by its label, an empty value as such. */
export function valueLabel(field: string, value: string): string {
  if (field === 'status') return STATUS_LABELS[value as ClaimStatus] ?? value;
  if (field === 'kind') return KIND_LABELS[value as ClaimKind] ?? value;
  if (value.trim() === '') return field === 'assignee' ? 'Nobody' : '(empty)';
  return value;
}

/** Long values (notes) are edited in a text area; the rest on one line. */
export const isLongField = (field: string): boolean => field === 'notes';
