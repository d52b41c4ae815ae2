import { ANCHOR_LABELS, STATUS_LABELS } from '../../../../shared/labels';
import { CLAIM_STATUSES } from '../../../../shared/model';
import type { ReportClaim, ReportModel } from './report-model';

/** Markdown special characters in user text are escaped, and raw HTML can never form. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/^(\s*)([#>+-]|\d+\.)/gm, '$1\\$2');
}

const m = escapeMarkdown;
const date = (iso: string): string => iso.slice(0, 10);

function claimMarkdown(c: ReportClaim): string {
  const lines = [`### #${c.n} · ${c.statusLabel} · ${c.kindLabel}`, '', `> ${m(c.quote).replace(/\n/g, '\n> ')}`, ''];
  for (const w of c.wording)
    lines.push(`*Changed in version ${w.version}:* ~~${m(w.before)}~~ → **${m(w.after)}**`, '');
  if (c.quoteCheck) {
    const diff = c.quoteCheck.parts
      ?.map((p) => (p.kind === 'same' ? m(p.text) : marked(m(p.text), p.kind === 'added' ? '**' : '~~')))
      .join('');
    lines.push(
      `*${m(c.quoteCheck.note)}*${diff ? `: the source reads “${diff}” (struck: left out by the draft; bold: added by it)` : ''}`,
      '',
    );
  }
  if (c.verdict) lines.push(`**Verdict:** ${m(c.verdict)}`, '');
  if (c.notes) lines.push(`**Notes:** ${m(c.notes).replace(/\n/g, '  \n')}`, '');
  if (c.evidence.length) {
    lines.push('**Evidence:**', '');
    for (const ev of c.evidence) {
      const title = ev.url
        ? `[${m(ev.sourceTitle)}](<${ev.url.replace(/[<>\s]/g, encodeURIComponent)}>)`
        : m(ev.sourceTitle);
      const where = ev.locator ? ` (${m(ev.locator)})` : '';
      lines.push(
        `- *${ev.relationLabel}:* ${title}${ev.citation ? ` — ${m(ev.citation)}` : ''}${where}${ev.excerpt ? `: “${m(ev.excerpt)}”` : ''}${ev.check ? ` (${m(ev.check)})` : ''}`,
      );
    }
    lines.push('');
  }
  if (c.history?.length) {
    lines.push('**History:**', '');
    for (const h of c.history)
      lines.push(`- ${date(h.at)} · ${m(h.by)} · ${m(h.text)}${h.note ? ` — “${m(h.note)}”` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Emphasis around the words only: Markdown ignores a marker with a space on its inner side. */
function marked(text: string, marker: string): string {
  const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
  return words ? `${before}${marker}${words}${marker}${after}` : text;
}

export function renderReportMarkdown(model: ReportModel): string {
  const out = [
    `# ${m(model.title)}`,
    '',
    `Fact-check report · version ${model.version.n}${model.version.label ? ` (${m(model.version.label)})` : ''} · checked by ${m(model.checker)} · ${date(model.generatedAt)}`,
    '',
    '| Status | Claims |',
    '| --- | ---: |',
    ...CLAIM_STATUSES.filter((s) => model.counts[s] > 0).map((s) => `| ${STATUS_LABELS[s]} | ${model.counts[s]} |`),
    `| **Total** | ${model.total} |`,
    '',
  ];
  if (model.openItems) {
    out.push(
      '## Open items',
      '',
      ...(model.openItems.length
        ? model.openItems.map(
            (c) => `- #${c.n} (${c.statusLabel}) ${m(c.quote)}${c.flags ? ` — ${m(c.flags.join('; '))}` : ''}`,
          )
        : ['None.']),
      '',
    );
  }
  if (model.changes) {
    const s = model.changes.stats;
    out.push(
      `## Changes since version ${model.changes.since}`,
      '',
      `+${s.wordsAdded} / −${s.wordsRemoved} words; paragraphs: ${s.paragraphsAdded} added, ${s.paragraphsRemoved} removed, ${s.paragraphsMoved} moved, ${s.paragraphsChanged} changed.`,
      '',
      ...model.changes.numbers.map((n) => `- Figure changed: ${m(n.from)} → ${m(n.to)}`),
      ...model.changes.affected.map((c) => `- Claim #${c.n} affected: ${m(c.quote)}`),
      '',
    );
  }
  out.push(`## Claims (${model.claims.length})`, '', ...model.claims.map(claimMarkdown));
  if (model.sources) {
    out.push(
      '## Sources',
      '',
      ...model.sources.map(
        (s) =>
          `- ${s.url ? `[${m(s.title)}](<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : m(s.title)} — ${m(s.citation)} (cited by ${s.citedBy.map((n) => `#${n}`).join(', ')})`,
      ),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * A cell that a spreadsheet could run as a formula is prefixed with ': one starting with = + - @, their
 * full-width forms (which some spreadsheets read as the same), a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One row per claim; UTF-8 with BOM and CRLF, as spreadsheet programs expect. */
export function renderReportCsv(model: ReportModel): string {
  const header = ['#', 'Claim', 'Kind', 'Status', 'Verdict', 'Anchor', 'Assignee', 'Notes', 'Evidence'];
  const rows = model.claims.map((c) => [
    String(c.n),
    c.quote,
    c.kindLabel,
    c.statusLabel,
    c.verdict ?? '',
    ANCHOR_LABELS[c.anchorState],
    c.assignee ?? '',
    c.notes ?? '',
    c.evidence
      .map(
        (ev) =>
          `${ev.relationLabel}: ${ev.sourceTitle}${ev.locator ? ` (${ev.locator})` : ''}${ev.excerpt ? ` — ${ev.excerpt}` : ''}${ev.check ? ` [${ev.check}]` : ''}`,
      )
      .join(' | '),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
