import type { Version } from '../../../shared/model';

/** What the imported file held beside its text: Word comments, link targets, tracked changes. */
export function VersionExtras({ version }: { version: Version }) {
  const comments = version.comments ?? [];
  const links = version.links ?? [];
  if (comments.length === 0 && links.length === 0 && !version.trackedChanges) return null;
  return (
    <div className="version-extras">
      {version.trackedChanges ? (
        <p className="toolbar-hint">
          The file had tracked changes; they were {version.trackedChanges} when it was imported.
        </p>
      ) : null}
      {comments.length > 0 ? (
        <details>
          <summary>Comments in the file ({comments.length})</summary>
          <ul className="comment-list" aria-label="Comments in the file">
            {comments.map((c, i) => (
              <li key={i}>
                <span className="comment-author">{c.author}</span>
                {c.date ? <time dateTime={c.date}> · {new Date(c.date).toLocaleDateString()}</time> : null}
                <p>{c.text}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {links.length > 0 ? (
        <details>
          <summary>Links in the file ({links.length})</summary>
          <ul className="link-list">
            {links.map((l, i) => (
              <li key={i}>
                {l.text} — <span className="link-url">{l.url}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
