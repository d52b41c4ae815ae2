/**
 * The report's stylesheet, scoped under .fc-report: inlined into exported HTML, and adopted by the
 * app for the preview, so that both look the same. Printable; long words wrap.
 */
export const REPORT_CSS = `
.fc-report { font: 15px/1.55 Georgia, 'DejaVu Serif', 'Times New Roman', serif; color: #1d2329; max-width: 820px; margin: 0 auto; padding: 32px 36px 48px; background: #fff; overflow-wrap: anywhere; }
.fc-report h1 { font-size: 26px; line-height: 1.25; margin: 0 0 6px; }
.fc-report h2 { font: 600 13px/1.3 system-ui, 'DejaVu Sans', sans-serif; text-transform: uppercase; letter-spacing: .06em; color: #5f6b76; margin: 28px 0 10px; border-bottom: 1px solid #e2e0da; padding-bottom: 6px; }
.fc-report .meta, .fc-report .small { font: 13px/1.45 system-ui, 'DejaVu Sans', sans-serif; color: #5f6b76; }
.fc-report .chart { margin: 14px 0 4px; }
.fc-report .chart svg { width: 100%; height: 14px; display: block; border-radius: 4px; overflow: hidden; background: #eceae4; }
.fc-report table { border-collapse: collapse; font: 13px/1.4 system-ui, 'DejaVu Sans', sans-serif; min-width: 260px; }
.fc-report th, .fc-report td { text-align: left; padding: 4px 14px 4px 0; border-bottom: 1px solid #eceae4; }
.fc-report td.num { text-align: right; font-variant-numeric: tabular-nums; }
.fc-report .swatch { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 6px; background: var(--c); }
.fc-report ol.claims { list-style: none; padding: 0; margin: 0; }
.fc-report .claim { border: 1px solid #e2e0da; border-left: 4px solid var(--c); border-radius: 6px; padding: 12px 16px; margin: 0 0 14px; break-inside: avoid; page-break-inside: avoid; }
.fc-report .claim-head { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: baseline; font: 13px/1.4 system-ui, 'DejaVu Sans', sans-serif; color: #5f6b76; }
.fc-report .claim-head .n { font-weight: 700; color: #1d2329; }
.fc-report .badge { font-weight: 700; color: var(--c); text-transform: uppercase; letter-spacing: .04em; font-size: 11px; }
.fc-report blockquote { margin: 8px 0; font-size: 16px; }
.fc-report .wording, .fc-report .quote-check { font: 13px/1.45 system-ui, 'DejaVu Sans', sans-serif; color: #5f6b76; margin: 0 0 8px; }
.fc-report .wording del, .fc-report .quote-check del { background: #fbe3e1; color: #8f1d16; } .fc-report .wording ins, .fc-report .quote-check ins { background: #dff3e6; color: #0f5132; text-decoration: none; }
.fc-report .source-check { display: block; } .fc-report .quote-check del + ins, .fc-report .quote-check ins + del { margin-left: .25em; } .fc-report .flags { color: #8f1d16; }
.fc-report .verdict { font: 600 13px/1.4 system-ui, 'DejaVu Sans', sans-serif; }
.fc-report .notes { background: #faf9f7; border-radius: 4px; padding: 6px 10px; font-size: 14px; white-space: pre-wrap; }
.fc-report ul.evidence, .fc-report ul.history, .fc-report ul.sources { margin: 6px 0 0; padding-left: 18px; }
.fc-report ul.evidence li { margin-bottom: 6px; }
.fc-report .relation { font: 700 11px/1.3 system-ui, 'DejaVu Sans', sans-serif; text-transform: uppercase; letter-spacing: .04em; }
.fc-report .relation.supports { color: #1e8a4c; } .fc-report .relation.contradicts { color: #c62828; } .fc-report .relation.context { color: #5f6b76; }
.fc-report .excerpt { display: block; border-left: 2px solid #e2e0da; padding-left: 8px; margin-top: 2px; font-style: italic; }
.fc-report ul.history { font: 12px/1.45 system-ui, 'DejaVu Sans', sans-serif; color: #5f6b76; }
.fc-report a { color: #1f5fa8; }
.fc-report footer { margin-top: 32px; font: 12px/1.4 system-ui, 'DejaVu Sans', sans-serif; color: #8a939c; }
.fc-report .status-unchecked { --c: #8a939c; } .fc-report .status-in-progress { --c: #2f6fd6; } .fc-report .status-verified { --c: #1e8a4c; }
.fc-report .status-disputed { --c: #c77700; } .fc-report .status-false { --c: #c62828; } .fc-report .status-unverifiable { --c: #7048c2; }
.fc-report .status-needs-recheck { --c: #c2185b; }
@media print { .fc-report { padding: 0; max-width: none; } .fc-report a { color: inherit; } }
@page { margin: 18mm 16mm; }
`;

/** Status colours for the progress chart (SVG fills cannot use the CSS variables above in every viewer). */
export const STATUS_COLORS = {
  unchecked: '#8a939c',
  'in-progress': '#2f6fd6',
  verified: '#1e8a4c',
  disputed: '#c77700',
  false: '#c62828',
  unverifiable: '#7048c2',
  'needs-recheck': '#c2185b',
} as const;
