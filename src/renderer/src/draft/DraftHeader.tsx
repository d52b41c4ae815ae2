import { useMemo, useState } from 'react';
import type { Article, Version } from '../../../shared/model';
import { countWords } from '../../../shared/text-shape';

interface Props {
  article: Article;
  version: Version;
  onViewVersion: (n: number) => void;
  onRename: (title: string) => void;
  onDelete: () => void;
  onNewVersion: () => void;
  onCompare: () => void;
  onReport: () => void;
}

// One formatter for every label: building one costs more than formatting with it.
const WHEN = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** "Version 2 — Legal edits · 30 Nov, 14:02 · +12 −54 words (current)" */
function versionLabel(v: Version, latest: number): string {
  const when = WHEN.format(new Date(v.createdAt));
  const parts = [`Version ${v.n}${v.label ? ` — ${v.label}` : ''}`, when];
  if (v.changes) parts.push(`+${v.changes.wordsAdded} −${v.changes.wordsRemoved} words`);
  return `${parts.join(' · ')}${v.n === latest ? ' (current)' : ''}`;
}

export function DraftHeader({
  article,
  version,
  onViewVersion,
  onRename,
  onDelete,
  onNewVersion,
  onCompare,
  onReport,
}: Props) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(article.title);
  const latest = article.versions.length;
  // Counting 50,000 words takes a while: not again on every change to a claim.
  const words = useMemo(() => countWords(version.text), [version.text]);

  function save(): void {
    setEditing(false);
    if (title.trim() && title.trim() !== article.title) onRename(title.trim());
    else setTitle(article.title);
  }

  return (
    <header className="draft-header">
      {editing ? (
        <input
          className="title-input"
          aria-label="Article title"
          value={title}
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
            if (e.key === 'Escape') {
              setTitle(article.title);
              setEditing(false);
            }
          }}
        />
      ) : (
        <h1 className="draft-title" title="Click to rename" onClick={() => setEditing(true)}>
          {article.title}
        </h1>
      )}
      <div className="draft-meta">
        <select aria-label="Version shown" value={version.n} onChange={(e) => onViewVersion(Number(e.target.value))}>
          {[...article.versions].reverse().map((v) => (
            <option key={v.n} value={v.n}>
              {versionLabel(v, latest)}
            </option>
          ))}
        </select>
        <span>
          {version.fileName ? `from ${version.fileName} · ` : ''}
          {words.toLocaleString()} words · {article.claims.length} claims
        </span>
        {latest > 1 ? (
          <button type="button" className="button small push-right" onClick={onCompare}>
            Compare versions
          </button>
        ) : null}
        <button
          type="button"
          className="button small"
          onClick={onNewVersion}
          title="Paste or open the reporter's revision"
        >
          + New version
        </button>
        <button
          type="button"
          className="button small"
          onClick={onReport}
          title="Preview and export a fact-check report"
        >
          Report
        </button>
        <button type="button" className="link-button danger" onClick={onDelete}>
          Delete article
        </button>
      </div>
      {version.n !== latest ? (
        <p className="old-version-note" role="note">
          You are reading version {version.n}, an earlier version. Claims are tagged on the current version.{' '}
          <button type="button" className="link-button" onClick={() => onViewVersion(latest)}>
            Show the current version
          </button>
        </p>
      ) : null}
    </header>
  );
}
