import { useEffect, useState } from 'react';
import { STATUS_LABELS } from '../../../shared/labels';
import { CLAIM_STATUSES, type Article, type ClaimStatus } from '../../../shared/model';
import type { ReportFile, ReportFormat, ReportOptions } from '../../../shared/report';
import { adoptReportStyle } from './report-style';

interface Props {
  article: Article;
  onClose: () => void;
  preview: (options: ReportOptions) => Promise<{ html: string } | undefined>;
  exportAs: (format: ReportFormat, options: ReportOptions) => Promise<ReportFile | undefined>;
  onSave: (file: ReportFile) => void;
}

const FORMATS: [ReportFormat, string][] = [
  ['html', 'HTML'],
  ['pdf', 'PDF'],
  ['md', 'Markdown'],
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['claimreview', 'ClaimReview'],
];

type Section = 'notes' | 'history' | 'openItems' | 'sources';
const SECTIONS: [Section, string][] = [
  ['notes', 'Notes (may be internal)'],
  ['history', 'Status history'],
  ['openItems', 'Open items'],
  ['sources', 'Sources list'],
];

/** Report preview with its options, and export to every format. */
export function ReportView({ article, onClose, preview, exportAs, onSave }: Props) {
  const [statuses, setStatuses] = useState<ClaimStatus[]>([...CLAIM_STATUSES]);
  const [sections, setSections] = useState<Record<Section, boolean>>({
    notes: true,
    history: true,
    openItems: true,
    sources: true,
  });
  const [changesSince, setChangesSince] = useState<number | null>(null);
  const [url, setUrl] = useState('');
  const [html, setHtml] = useState<string | null>(null);
  const [busy, setBusy] = useState<ReportFormat | null>(null);

  const options: ReportOptions = {
    ...sections,
    ...(statuses.length < CLAIM_STATUSES.length ? { statuses } : {}),
    ...(changesSince ? { changesSince } : {}),
    ...(url.trim() ? { url: url.trim() } : {}),
  };
  const key = JSON.stringify(options);

  useEffect(() => {
    adoptReportStyle();
    let live = true;
    void preview(JSON.parse(key) as ReportOptions).then((result) => live && result && setHtml(result.html));
    return () => {
      live = false;
    };
  }, [preview, key, article]);

  async function download(format: ReportFormat): Promise<void> {
    setBusy(format);
    const file = await exportAs(format, options);
    setBusy(null);
    if (file) onSave(file);
  }

  const toggleStatus = (s: ClaimStatus): void =>
    setStatuses((all) =>
      all.includes(s) ? all.filter((x) => x !== s) : CLAIM_STATUSES.filter((x) => x === s || all.includes(x)),
    );

  return (
    <main className="pane draft-pane report-pane" aria-label="Report">
      <div className="report-layout">
        <aside className="report-options" aria-label="Report options">
          <button type="button" className="button" onClick={onClose}>
            Back to the draft <kbd>Esc</kbd>
          </button>
          <h2>Claims to include</h2>
          {CLAIM_STATUSES.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" checked={statuses.includes(s)} onChange={() => toggleStatus(s)} />
              <span className={`swatch status-${s}`} />
              {STATUS_LABELS[s]}
            </label>
          ))}
          <h2>Sections</h2>
          {SECTIONS.map(([section, label]) => (
            <label key={section} className="check">
              <input
                type="checkbox"
                checked={sections[section]}
                onChange={() => setSections((all) => ({ ...all, [section]: !all[section] }))}
              />
              {label}
            </label>
          ))}
          {article.versions.length > 1 ? (
            <label>
              Changes since
              <select
                aria-label="Changes since"
                value={changesSince ?? ''}
                onChange={(e) => setChangesSince(e.target.value ? Number(e.target.value) : null)}
              >
                <option value="">(not included)</option>
                {article.versions.slice(0, -1).map((v) => (
                  <option key={v.n} value={v.n}>
                    Version {v.n}
                    {v.label ? ` — ${v.label}` : ''}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label>
            Published fact-check URL (ClaimReview)
            <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="From Settings if empty" />
          </label>
          <h2>Export</h2>
          <div className="export-buttons">
            {FORMATS.map(([format, label]) => (
              <button
                key={format}
                type="button"
                className="button small"
                disabled={busy !== null}
                onClick={() => void download(format)}
              >
                {busy === format ? 'Exporting…' : label}
              </button>
            ))}
            <button type="button" className="button small" onClick={() => window.print()}>
              Print…
            </button>
          </div>
        </aside>
        <div className="report-preview" data-testid="report-preview">
          {html === null ? (
            <p className="toolbar-hint">Preparing the report…</p>
          ) : (
            // The fragment comes from the core's report renderer, which escapes every user-written string.
            <div dangerouslySetInnerHTML={{ __html: html }} />
          )}
        </div>
      </div>
    </main>
  );
}
