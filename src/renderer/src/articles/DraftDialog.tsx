import { DRAFT_ACCEPT } from '../../../shared/import-formats';
import { useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits';
import { pastedHtmlToText } from './import-preview';
import { Dialog } from '../ui/Dialog';

interface Props {
  heading: string;
  /** The optional name field: the article's title, or the new version's label. */
  nameLabel: string;
  namePlaceholder: string;
  submitLabel: string;
  onCancel: () => void;
  onText: (name: string, text: string) => Promise<boolean | undefined>;
  /** A file was chosen: it goes on to the import preview, with the name typed so far. */
  onFile: (file: File, name: string) => void;
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

  /** Rich text (from a browser or Word) is sanitized and reduced to paragraphs like an HTML file. */
  function paste(event: ClipboardEvent<HTMLTextAreaElement>): void {
    const html = event.clipboardData.getData('text/html');
    if (!html) return;
    event.preventDefault();
    const plainFallback = event.clipboardData.getData('text/plain');
    const area = event.currentTarget;
    const [from, to] = [area.selectionStart, area.selectionEnd];
    setBusy(true);
    pastedHtmlToText(html)
      .then(
        (plain) => setText((current) => current.slice(0, from) + plain + current.slice(to)),
        () => setText((current) => current.slice(0, from) + plainFallback + current.slice(to)),
      )
      .finally(() => setBusy(false));
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
            onPaste={paste}
            placeholder="Paste the draft here. Separate paragraphs with a blank line."
            rows={14}
            autoFocus
          />
        </label>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={busy}>
            Open a file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept={DRAFT_ACCEPT}
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) onFile(file, name.trim());
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
