import { useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import { CLAIMANT_TYPES, type Claim, type ClaimantType } from '../../../shared/model';
import type { FieldFeedbacks } from './field-feedback';
import { FieldStatus } from './FieldStatus';

interface Props {
  claim: Claim;
  /** Saves the change made in `field` (the one the editor left) and tells beside it how that went. */
  onUpdate: (field: string, input: ApiInput<'claims.update'>) => Promise<boolean>;
  feedback: FieldFeedbacks;
}

const TYPE_LABELS: Record<ClaimantType, string> = { person: 'Person', organization: 'Organization' };

function storedFields(claim: Claim) {
  return {
    name: claim.claimant?.name ?? '',
    type: claim.claimant?.type ?? ('person' as ClaimantType),
    url: claim.appearance?.url ?? '',
    publication: claim.appearance?.publication ?? '',
    date: claim.appearance?.date ?? '',
    madeAt: claim.madeAt ?? '',
  };
}

type Fields = ReturnType<typeof storedFields>;

/**
 * Who made the claim, where it appeared and when: what ClaimReview's itemReviewed publishes. Each field
 * is saved when it loses focus; when a stored value changes under it (an undo), that field follows. A
 * refused value stays in its field, with the reason beside it, to be corrected.
 */
export function ClaimMadeFields({ claim, onUpdate, feedback }: Props) {
  const stored = storedFields(claim);
  const [fields, setFields] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const changed = (Object.keys(stored) as (keyof Fields)[]).filter((k) => seen[k] !== stored[k]);
  if (changed.length > 0) {
    setSeen(stored);
    setFields((f) => ({ ...f, ...Object.fromEntries(changed.map((k) => [k, stored[k]])) }));
  }
  const set = (change: Partial<Fields>): void => setFields((f) => ({ ...f, ...change }));
  const save = (field: keyof Fields, input: Omit<ApiInput<'claims.update'>, 'claimId'>): void =>
    void onUpdate(field, { claimId: claim.id, ...input });

  const saveClaimant = (field: 'name' | 'type', type = fields.type): void => {
    if (fields.name.trim() !== stored.name || (fields.name.trim() && type !== stored.type))
      save(field, { claimant: { name: fields.name, type } });
    else feedback.clear(field);
  };
  const saveAppearance = (field: 'url' | 'publication' | 'date'): void => {
    const { url, publication, date } = fields;
    if (url.trim() !== stored.url || publication.trim() !== stored.publication || date.trim() !== stored.date)
      save(field, { appearance: { url, publication, date } });
    else feedback.clear(field);
  };
  /** One input of the fieldset, with what became of its last change beside it. */
  const input = (field: keyof Fields, placeholder: string, onBlur: () => void) => (
    <input
      value={fields[field]}
      placeholder={placeholder}
      {...feedback.describe(field)}
      onChange={(e) => set({ [field]: e.target.value })}
      onBlur={onBlur}
    />
  );

  return (
    <fieldset className="claim-made" aria-label="The claim as it was made">
      <legend>The claim as it was made (for ClaimReview)</legend>
      <div className="field-row">
        <FieldStatus {...feedback.status('name')} grow>
          <label>
            Made by
            {input('name', 'Who said or wrote it', () => saveClaimant('name'))}
          </label>
        </FieldStatus>
        <FieldStatus {...feedback.status('type')}>
          <label>
            Claimant is a
            <select
              value={fields.type}
              aria-describedby={feedback.status('type').id}
              onChange={(e) => {
                const type = e.target.value as ClaimantType;
                set({ type });
                saveClaimant('type', type);
              }}
            >
              {CLAIMANT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
        </FieldStatus>
        <FieldStatus {...feedback.status('madeAt')}>
          <label>
            Made on
            {input('madeAt', 'YYYY-MM-DD', () =>
              fields.madeAt.trim() !== stored.madeAt
                ? save('madeAt', { madeAt: fields.madeAt })
                : feedback.clear('madeAt'),
            )}
          </label>
        </FieldStatus>
      </div>
      <div className="field-row">
        <FieldStatus {...feedback.status('url')} grow>
          <label>
            Appeared at (web address)
            {input('url', 'https://', () => saveAppearance('url'))}
          </label>
        </FieldStatus>
        <FieldStatus {...feedback.status('publication')} grow>
          <label>
            or in (publication)
            {input('publication', 'e.g. a newspaper, a broadcast', () => saveAppearance('publication'))}
          </label>
        </FieldStatus>
        <FieldStatus {...feedback.status('date')}>
          <label>
            Appeared on
            {input('date', 'YYYY-MM-DD', () => saveAppearance('date'))}
          </label>
        </FieldStatus>
      </div>
    </fieldset>
  );
}
