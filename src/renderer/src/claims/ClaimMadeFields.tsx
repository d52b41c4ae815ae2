import { useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import { CLAIMANT_TYPES, type Claim, type ClaimantType } from '../../../shared/model';

interface Props {
  claim: Claim;
  /** Resolves true when the change is stored. */
  onUpdate: (input: ApiInput<'claims.update'>) => Promise<boolean>;
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
 * is saved when it loses focus; when a stored value changes under it (an undo), that field follows.
 */
export function ClaimMadeFields({ claim, onUpdate }: Props) {
  const stored = storedFields(claim);
  const [fields, setFields] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const changed = (Object.keys(stored) as (keyof Fields)[]).filter((k) => seen[k] !== stored[k]);
  if (changed.length > 0) {
    setSeen(stored);
    setFields((f) => ({ ...f, ...Object.fromEntries(changed.map((k) => [k, stored[k]])) }));
  }
  const set = (change: Partial<Fields>): void => setFields((f) => ({ ...f, ...change }));

  /** A refused change puts back the stored values of the fields it was made of. */
  async function save(input: Omit<ApiInput<'claims.update'>, 'claimId'>, keys: (keyof Fields)[]): Promise<void> {
    if (!(await onUpdate({ claimId: claim.id, ...input })))
      setFields((f) => ({ ...f, ...Object.fromEntries(keys.map((k) => [k, stored[k]])) }));
  }
  const saveClaimant = (type = fields.type): void => {
    if (fields.name.trim() !== stored.name || (fields.name.trim() && type !== stored.type))
      void save({ claimant: { name: fields.name, type } }, ['name', 'type']);
  };
  const saveAppearance = (): void => {
    const { url, publication, date } = fields;
    if (url.trim() !== stored.url || publication.trim() !== stored.publication || date.trim() !== stored.date)
      void save({ appearance: { url, publication, date } }, ['url', 'publication', 'date']);
  };

  return (
    <fieldset className="claim-made" aria-label="The claim as it was made">
      <legend>The claim as it was made (for ClaimReview)</legend>
      <div className="field-row">
        <label className="grow">
          Made by
          <input
            value={fields.name}
            placeholder="Who said or wrote it"
            onChange={(e) => set({ name: e.target.value })}
            onBlur={() => saveClaimant()}
          />
        </label>
        <label>
          Claimant is a
          <select
            value={fields.type}
            onChange={(e) => {
              const type = e.target.value as ClaimantType;
              set({ type });
              saveClaimant(type);
            }}
          >
            {CLAIMANT_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Made on
          <input
            value={fields.madeAt}
            placeholder="YYYY-MM-DD"
            onChange={(e) => set({ madeAt: e.target.value })}
            onBlur={() => fields.madeAt.trim() !== stored.madeAt && void save({ madeAt: fields.madeAt }, ['madeAt'])}
          />
        </label>
      </div>
      <div className="field-row">
        <label className="grow">
          Appeared at (web address)
          <input
            value={fields.url}
            placeholder="https://"
            onChange={(e) => set({ url: e.target.value })}
            onBlur={saveAppearance}
          />
        </label>
        <label className="grow">
          or in (publication)
          <input
            value={fields.publication}
            placeholder="e.g. a newspaper, a broadcast"
            onChange={(e) => set({ publication: e.target.value })}
            onBlur={saveAppearance}
          />
        </label>
        <label>
          Appeared on
          <input
            value={fields.date}
            placeholder="YYYY-MM-DD"
            onChange={(e) => set({ date: e.target.value })}
            onBlur={saveAppearance}
          />
        </label>
      </div>
    </fieldset>
  );
}
