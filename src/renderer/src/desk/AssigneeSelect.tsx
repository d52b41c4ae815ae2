import { samePerson } from './people';

interface Props {
  /** The stored assignee: kept as a choice even when it is not one of the desk's people. */
  value: string | undefined;
  /** The desk's people (see deskPeople). */
  people: readonly string[];
  /** The editor's own name, marked "(you)". */
  me: string;
  onChange: (assignee: string) => void;
  /** Opens Settings → Desk, where the members are listed. */
  onEditPeople?: () => void;
  /** The id of what describes the select (whether its change was saved). */
  describedBy?: string;
}

/** Who checks the claim: one of the desk's people, or nobody. */
export function AssigneeSelect({ value, people, me, onChange, onEditPeople, describedBy }: Props) {
  const current = value ?? '';
  const options = current && !people.includes(current) ? [...people, current] : people;
  const onlyMe = options.every((p) => samePerson(p, me));
  return (
    <div className="assignee-select">
      <label>
        Assignee
        <select value={current} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
          <option value="">Nobody</option>
          {options.map((name) => (
            <option key={name} value={name}>
              {name}
              {samePerson(name, me) ? ' (you)' : ''}
            </option>
          ))}
        </select>
      </label>
      {onlyMe && onEditPeople ? (
        <button type="button" className="link-button field-hint" onClick={onEditPeople}>
          Add the desk’s people…
        </button>
      ) : null}
    </div>
  );
}
