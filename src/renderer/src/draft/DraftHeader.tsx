import { useState } from 'react';
import type { Article, Version } from '../../../shared/model';
import { countWords } from '../../../shared/text-shape';

interface Props {
  article: Article;
  version: Version;
  onRename: (title: string) => void;
  onDelete: () => void;
}

export function DraftHeader({ article, version, onRename, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(article.title);

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
      <p className="draft-meta">
        Version {version.n}
        {version.fileName ? ` · from ${version.fileName}` : ''} · {countWords(version.text).toLocaleString()} words ·{' '}
        {article.claims.length} claims
        <button type="button" className="link-button danger" onClick={onDelete}>
          Delete article
        </button>
      </p>
    </header>
  );
}
