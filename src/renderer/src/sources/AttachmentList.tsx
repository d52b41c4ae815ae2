import { useRef } from 'react';
import type { Source } from '../../../shared/model';
import { describeTextState } from '../../../shared/source-text';
import { useAttachFile, useAttachmentFiles, useDetachFile } from './source-mutations';
import { useTextStatus } from './source-queries';

interface Props {
  source: Source;
}

const ACCEPT = '.pdf,.docx,.html,.htm,.png,.jpg,.jpeg,.gif,.webp,.mp3,.wav,.ogg,.m4a,.txt,.md,.csv';

const size = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Files kept with the source (copied into the data folder): open, download, attach, remove. */
export function AttachmentList({ source }: Props) {
  const attachments = useAttachmentFiles();
  const attach = useAttachFile();
  const detach = useDetachFile();
  const input = useRef<HTMLInputElement>(null);
  const texts = useTextStatus();
  const files = source.attachments ?? [];
  return (
    <section aria-label="Files">
      <h3>Files</h3>
      {files.length === 0 ? (
        <p className="empty-hint">No files. Attach the PDF, image, recording or text this source is.</p>
      ) : (
        <ul className="attachment-list">
          {files.map((f) => (
            <li key={f.sha256}>
              <span className="attachment-name">{f.fileName}</span>
              <span className="muted">{size(f.bytes)}</span>
              <span className={`attachment-text text-${texts[f.sha256]?.state ?? 'reading'}`}>
                {describeTextState(texts[f.sha256])}
              </span>
              <button
                type="button"
                className="link-button"
                aria-label={`Open ${f.fileName}`}
                onClick={() => void attachments.open(source.id, f.sha256)}
              >
                Open
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={`Download ${f.fileName}`}
                onClick={() => void attachments.download(source.id, f.sha256)}
              >
                Download
              </button>
              <button
                type="button"
                className="link-button danger"
                aria-label={`Remove ${f.fileName}`}
                onClick={() => {
                  if (
                    window.confirm(
                      `Remove ${f.fileName} from this source? Claims checked against it will need a re-check.`,
                    )
                  )
                    detach.mutate({ sourceId: source.id, sha256: f.sha256 });
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label="Attach a file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) attach.mutate({ sourceId: source.id, file });
        }}
      />
      <button type="button" className="button small" onClick={() => input.current?.click()}>
        Attach a file…
      </button>
    </section>
  );
}
