import { useState, type FormEvent } from 'react';
import { samePerson } from './people';

interface Props {
  members: readonly string[];
  me: string;
  /** Resolves true when the list is stored. */
  onSave: (members: string[]) => Promise<boolean>;
}

/** The desk's members, offered as assignees on every claim; added and removed one at a time. */
export function DeskMembers({ members, me, onSave }: Props) {
  const [name, setName] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const trimmed = name.trim();

  async function add(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!trimmed) return;
    if (members.some((m) => samePerson(m, trimmed))) {
      setNote(`${trimmed} is on the list already.`);
      return;
    }
    if (await onSave([...members, trimmed])) {
      setName('');
      setNote(`${trimmed} added.`);
    }
  }

  async function remove(member: string): Promise<void> {
    if (await onSave(members.filter((m) => m !== member))) setNote(`${member} removed.`);
  }

  return (
    <section className="desk-members" aria-labelledby="desk-members-title">
      <h3 id="desk-members-title">People on the desk</h3>
      <p className="muted">
        Claims are assigned to them; with your own name ({me}) they are the choices under Assignee. The list is shared
        with the desk when sync is on.
      </p>
      {members.length === 0 ? (
        <p className="empty-hint">
          No one listed yet. Add each fact-checker and editor by the name they use in the workbench.
        </p>
      ) : (
        <ul className="member-list" aria-label="Desk members">
          {members.map((m) => (
            <li key={m}>
              <span className="member-name">
                {m}
                {samePerson(m, me) ? <span className="muted"> (you)</span> : null}
              </span>
              <button
                type="button"
                className="link-button danger"
                aria-label={`Remove ${m}`}
                onClick={() => void remove(m)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="field-row" onSubmit={(e) => void add(e)} aria-label="Add a desk member">
        <label className="grow">
          Name
          <input
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Ruth Alvarez"
          />
        </label>
        <button type="submit" className="button" disabled={!trimmed}>
          Add
        </button>
      </form>
      <p className="field-hint" aria-live="polite">
        {note}
      </p>
    </section>
  );
}
