import { useMemo, useState } from 'react';
import type { Article, Version } from '../../../shared/model';
import { countWords } from '../../../shared/text-shape';
import { MenuButton } from '../ui/MenuButton';

/** What the article's menu does: the actions taken now and then, not every minute. */
export interface ArticleActions {
  onReport: () => void;
  onShowTrash: () => void;
  /** Asks first: the article goes to the data folder's trash. */
  onDelete: () => void;
}

interface Props {
  article: Article;
  version: Version;
  onViewVersion: (n: number) => void;
  onRename: (title: string) => void;
  onNewVersion: () => void;
  onCompare: () => void;
  actions: ArticleActions;
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

export function DraftHeader({ article, version, onViewVersion, onRename, onNewVersion, onCompare, actions }: Props) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(article.title);
  const latest = article.versions.length;
  const trashed = article.trashedClaims?.length ?? 0;
  // Counting 50,000 words takes a while: not again on every change to a claim.
  const words = useMemo(() => countWords(version.text), [version.text]);

  function save(): void {
    setEditing(false);
    if (title.trim() && title.trim() !== article.title) onRename(title.trim());
    else setTitle(article.title);
  }

  return (
    <header className="draft-header">
      <div className="draft-title-row">
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
        <MenuButton
          label="Article"
          title="Rename, report and export, the article's trash, delete"
          items={[
            { label: 'Rename…', onSelect: () => setEditing(true) },
            {
              label: 'Report and export…',
              onSelect: actions.onReport,
              title: 'Preview and export a fact-check report',
            },
            {
              label: `Article trash (${trashed})`,
              onSelect: actions.onShowTrash,
              title: 'Deleted claims, with their history: restore one',
            },
            { label: 'Delete article…', onSelect: actions.onDelete, danger: true },
          ]}
        />
      </div>
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
          className={latest > 1 ? 'button small' : 'button small push-right'}
          onClick={onNewVersion}
          title="Paste or open the reporter's revision"
        >
          + New version
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
