import { personFrom, personValue, samePerson, type PersonFilter } from './people';

interface Props {
  value: PersonFilter;
  onChange: (filter: PersonFilter) => void;
  people: readonly string[];
  me: string;
}

/** Whose work a list shows: anyone's, the editor's own, unassigned work, or one person's. */
export function PersonSelect({ value, onChange, people, me }: Props) {
  return (
    <select aria-label="Person" value={personValue(value)} onChange={(e) => onChange(personFrom(e.target.value))}>
      <option value="any">Anyone’s work</option>
      <option value="me">Assigned to me{me ? ` (${me})` : ''}</option>
      <option value="nobody">Not assigned</option>
      {people
        .filter((name) => !samePerson(name, me))
        .map((name) => (
          <option key={name} value={personValue({ name })}>
            {name}
          </option>
        ))}
    </select>
  );
}
