import { useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits';
import { Dialog } from '../ui/Dialog';

interface Props {
  onCancel: () => void;
  onCreate: (title: string, text: string) => Promise<boolean | undefined>;
  onImport: (file: File, title?: string) => Promise<boolean | undefined>;
}

export function NewArticleDialog({ onCancel, onCreate, onImport }: Props) {
  const [title, setTitle] = useState('');
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
    const firstLine = text.trim().split('\n', 1)[0]?.slice(0, 120) ?? '';
    void finish(onCreate(title.trim() || firstLine || 'Untitled draft', text));
  }

  function pickFile(file: File | undefined): void {
    if (file) void finish(onImport(file, title.trim() || undefined));
  }

  return (
    <Dialog title="New article" onClose={onCancel}>
      <form className="form" onSubmit={submit}>
        <label>
          Title
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={LIMITS.titleChars}
            placeholder="Taken from the first line if left empty"
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
            onChange={(e) => pickFile(e.target.files?.[0])}
          />
          <span className="spacer" />
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy || text.trim() === ''}>
            Create article
          </button>
        </div>
      </form>
    </Dialog>
  );
}
