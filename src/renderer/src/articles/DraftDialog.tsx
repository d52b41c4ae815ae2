import { useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits';
import { Dialog } from '../ui/Dialog';

interface Props {
  heading: string;
  /** The optional name field: the article's title, or the new version's label. */
  nameLabel: string;
  namePlaceholder: string;
  submitLabel: string;
  onCancel: () => void;
  onText: (name: string, text: string) => Promise<boolean | undefined>;
  onFile: (file: File, name: string) => Promise<boolean | undefined>;
}

/** Paste a draft or open a file: for a new article and for a new version of one. */
export function DraftDialog({ heading, nameLabel, namePlaceholder, submitLabel, onCancel, onText, onFile }: Props) {
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  async function finish(work: Promise<boolean | undefined>): Promise<void> {
    setBusy(true);
    const done = await work;
    setBusy(false);
    if (done) onCancel();
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    void finish(onText(name.trim(), text));
  }

  return (
    <Dialog title={heading} onClose={onCancel}>
      <form className="form" onSubmit={submit}>
        <label>
          {nameLabel}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={LIMITS.titleChars}
            placeholder={namePlaceholder}
          />
        </label>
        <label>
          Draft text
          <textarea
            className="paste-area"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Paste the draft here. Separate paragraphs with a blank line."
            rows={14}
            autoFocus
          />
        </label>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={busy}>
            Open a .txt or .md file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.md,.markdown,text/plain,text/markdown"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void finish(onFile(file, name.trim()));
            }}
          />
          <span className="spacer" />
          {busy ? <span className="toolbar-hint">Working…</span> : null}
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy || text.trim() === ''}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
