import { useEffect, useState } from 'react';
import type { ImportOptions, ImportPreview } from '../../../shared/api';
import type { Article } from '../../../shared/model';
import { ApiCallError } from '../api/client';
import { previewFile } from './import-preview';
import { Dialog } from '../ui/Dialog';

interface Props {
  file: File;
  /** The open article, which the file may become a new version of. */
  article: Article | null;
  initialTarget: 'article' | 'version';
  /** The title or label typed in the dialog the file was chosen from. */
  initialName: string;
  onCancel: () => void;
  onImportArticle: (title: string, options: ImportOptions) => Promise<boolean | undefined>;
  onImportVersion: (label: string, options: ImportOptions) => Promise<boolean | undefined>;
}

type State = { kind: 'reading' } | { kind: 'ready'; preview: ImportPreview } | { kind: 'failed'; error: ApiCallError };

const FORMAT_NAMES: Record<string, string> = {
  docx: 'Word document',
  html: 'Web page',
  md: 'Markdown',
  txt: 'Plain text',
};

/** What a file will bring in, before it is committed: the text, its title, comments, tracked changes. */
export function ImportDialog(props: Props) {
  const { file, article, initialTarget, initialName, onCancel, onImportArticle, onImportVersion } = props;
  const [options, setOptions] = useState<ImportOptions>({});
  const [state, setState] = useState<State>({ kind: 'reading' });
  const [target, setTarget] = useState(article ? initialTarget : 'article');
  const [title, setTitle] = useState<string | null>(initialTarget === 'article' && initialName ? initialName : null);
  const [label, setLabel] = useState(initialTarget === 'version' ? initialName : '');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    previewFile(file, options).then(
      (preview) => live && setState({ kind: 'ready', preview }),
      (error: unknown) =>
        live &&
        setState({
          kind: 'failed',
          error: error instanceof ApiCallError ? error : new ApiCallError('INTERNAL', String(error)),
        }),
    );
    return () => {
      live = false;
    };
  }, [file, options]);

  async function commit(): Promise<void> {
    if (state.kind !== 'ready') return;
    setBusy(true);
    const done =
      target === 'article'
        ? await onImportArticle(title ?? state.preview.title, options)
        : await onImportVersion(label, options);
    setBusy(false);
    if (done) onCancel();
  }

  const preview = state.kind === 'ready' ? state.preview : null;
  return (
    <Dialog title={`Import ${file.name}`} onClose={onCancel}>
      {state.kind === 'reading' ? <p className="toolbar-hint">Reading {file.name}…</p> : null}
      {state.kind === 'failed' ? (
        <div className="import-error" role="alert">
          <p title={`Code: ${state.error.code}`}>{state.error.message}</p>
          {state.error.code === 'ENCODING' && options.encoding !== 'windows-1252' ? (
            <button
              type="button"
              className="button"
              onClick={() => setOptions({ ...options, encoding: 'windows-1252' })}
            >
              Open it as Windows-1252
            </button>
          ) : null}
        </div>
      ) : null}
      {preview ? (
        <div className="form import-preview">
          <p className="import-facts">
            {FORMAT_NAMES[preview.format] ?? preview.format} · {preview.words.toLocaleString()} words ·{' '}
            {preview.paragraphs.toLocaleString()} paragraphs
            {preview.notes ? ` · ${preview.notes} notes` : ''}
            {preview.links ? ` · ${preview.links} links (kept as references)` : ''}
            {options.encoding === 'windows-1252' ? ' · read as Windows-1252' : ''}
          </p>
          {preview.trackedChanges ? (
            <fieldset className="tracked-changes">
              <legend>This document has tracked changes.</legend>
              <label>
                <input
                  type="radio"
                  name="tracked"
                  checked={options.trackedChanges !== 'reject'}
                  onChange={() => setOptions({ ...options, trackedChanges: 'accept' })}
                />
                Accept all changes (the text as revised)
              </label>
              <label>
                <input
                  type="radio"
                  name="tracked"
                  checked={options.trackedChanges === 'reject'}
                  onChange={() => setOptions({ ...options, trackedChanges: 'reject' })}
                />
                Reject all changes (the text before revision)
              </label>
            </fieldset>
          ) : null}
          {article ? (
            <div className="segmented" role="group" aria-label="Import as">
              <button type="button" aria-pressed={target === 'article'} onClick={() => setTarget('article')}>
                A new article
              </button>
              <button type="button" aria-pressed={target === 'version'} onClick={() => setTarget('version')}>
                Version {article.versions.length + 1} of “{article.title}”
              </button>
            </div>
          ) : null}
          {target === 'article' ? (
            <label>
              Title
              <input value={title ?? preview.title} onChange={(e) => setTitle(e.target.value)} />
            </label>
          ) : (
            <label>
              Label (optional)
              <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. Reporter's revision" />
            </label>
          )}
          <div className="import-excerpt" aria-label="Preview of the text">
            {preview.text
              .split('\n\n')
              .slice(0, 12)
              .map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            {preview.paragraphs > 12 ? (
              <p className="toolbar-hint">… and {preview.paragraphs - 12} more paragraphs</p>
            ) : null}
          </div>
          {preview.comments.length > 0 ? (
            <p className="toolbar-hint">
              {preview.comments.length} comment{preview.comments.length === 1 ? '' : 's'} will be listed beside the
              draft, not mixed into its text.
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button primary" disabled={!preview || busy} onClick={() => void commit()}>
          {target === 'article' ? 'Import as new article' : 'Add as new version'}
        </button>
      </div>
    </Dialog>
  );
}
