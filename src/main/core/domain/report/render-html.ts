import { ANCHOR_LABELS, STATUS_LABELS } from '../../../../shared/labels';
import { CLAIM_STATUSES } from '../../../../shared/model';
import { REPORT_CSS, STATUS_COLORS } from '../../../../shared/report-style';
import { escapeHtml as e } from './escape';
import type { ReportClaim, ReportModel } from './report-model';

const date = (iso: string): string => iso.slice(0, 10);

function progressChart(model: ReportModel): string {
  if (model.total === 0) return '';
  let x = 0;
  const bars = CLAIM_STATUSES.filter((s) => model.counts[s] > 0).map((s) => {
    const width = (100 * model.counts[s]) / model.total;
    const bar = `<rect x="${x.toFixed(3)}" y="0" width="${width.toFixed(3)}" height="14" fill="${STATUS_COLORS[s]}"><title>${e(STATUS_LABELS[s])}: ${model.counts[s]}</title></rect>`;
    x += width;
    return bar;
  });
  return `<div class="chart"><svg viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Progress by status">${bars.join('')}</svg></div>`;
}

function claimHtml(claim: ReportClaim): string {
  const evidence = claim.evidence.length
    ? `<ul class="evidence">${claim.evidence
        .map(
          (ev) =>
            `<li><span class="relation ${ev.relation}">${e(ev.relationLabel)}</span> ${
              ev.url ? `<a href="${e(ev.url)}" rel="noopener noreferrer">${e(ev.sourceTitle)}</a>` : e(ev.sourceTitle)
            }${ev.citation ? ` <span class="small">${e(ev.citation)}</span>` : ''}${ev.locator ? ` <span class="small">· ${e(ev.locator)}</span>` : ''}${
              ev.excerpt ? `<span class="excerpt">${e(ev.excerpt)}</span>` : ''
            }${ev.check ? `<span class="small source-check">${e(ev.check)}</span>` : ''}</li>`,
        )
        .join('')}</ul>`
    : '<p class="small">No sources linked.</p>';
  const history = claim.history?.length
    ? `<ul class="history">${claim.history
        .map((h) => `<li>${e(date(h.at))} · ${e(h.by)} · ${e(h.text)}${h.note ? ` — “${e(h.note)}”` : ''}</li>`)
        .join('')}</ul>`
    : '';
  const wording = claim.wording
    .map(
      (w) =>
        `<p class="wording">Changed in version ${w.version}: <del>${e(w.before)}</del> → <ins>${e(w.after)}</ins></p>`,
    )
    .join('');
  const state =
    claim.anchorState === 'current'
      ? ''
      : `<span>${e(`${ANCHOR_LABELS[claim.anchorState]} in the current version`)}</span>`;
  return `<li class="claim status-${claim.status}" id="claim-${claim.n}">
<div class="claim-head"><span class="n">#${claim.n}</span><span class="badge">${e(claim.statusLabel)}</span><span>${e(claim.kindLabel)}</span>${
    claim.assignee ? `<span>assigned to ${e(claim.assignee)}</span>` : ''
  }${state}</div>
<blockquote>“${e(claim.quote)}”</blockquote>${wording}${quoteCheckHtml(claim)}
${claim.verdict ? `<p class="verdict">Verdict: ${e(claim.verdict)}</p>` : ''}${claim.notes ? `<div class="notes">${e(claim.notes)}</div>` : ''}
${evidence}${history}</li>`;
}

function quoteCheckHtml(claim: ReportClaim): string {
  const check = claim.quoteCheck;
  if (!check) return '';
  const parts = check.parts
    ?.map((p) =>
      p.kind === 'same' ? e(p.text) : p.kind === 'added' ? `<ins>${e(p.text)}</ins>` : `<del>${e(p.text)}</del>`,
    )
    .join('');
  return `<p class="quote-check">${e(check.note)}${
    parts ? `: the source reads “${parts}” (struck: left out by the draft; marked: added by it)` : ''
  }</p>`;
}

function claimList(claims: ReportClaim[]): string {
  return claims.length ? `<ol class="claims">${claims.map(claimHtml).join('\n')}</ol>` : '<p class="small">None.</p>';
}

function shortList(claims: ReportClaim[]): string {
  return claims.length
    ? `<ul>${claims.map((c) => `<li><a href="#claim-${c.n}">#${c.n}</a> <span class="status-${c.status}"><span class="badge">${e(c.statusLabel)}</span></span> ${e(c.quote)}${c.flags ? `<span class="small flags"> — ${e(c.flags.join('; '))}</span>` : ''}</li>`).join('')}</ul>`
    : '<p class="small">None.</p>';
}

/** The report's body, all user text escaped; used for the preview and inside the exported file. */
export function renderReportFragment(model: ReportModel): string {
  const settled = model.counts.verified + model.counts.disputed + model.counts.false + model.counts.unverifiable;
  const summaryRows = CLAIM_STATUSES.filter((s) => model.counts[s] > 0)
    .map(
      (s) =>
        `<tr class="status-${s}"><td><span class="swatch"></span>${e(STATUS_LABELS[s])}</td><td class="num">${model.counts[s]}</td></tr>`,
    )
    .join('');
  const parts = [
    `<header><h1>${e(model.title)}</h1><p class="meta">Fact-check report · version ${model.version.n}${
      model.version.label ? ` (${e(model.version.label)})` : ''
    } of ${e(date(model.version.date))} · checked by ${e(model.checker)} · ${e(date(model.generatedAt))}</p>`,
    `<p class="meta">${settled} of ${model.total} claims settled</p>${progressChart(model)}</header>`,
    `<h2>Summary</h2><table><thead><tr><th>Status</th><th class="num">Claims</th></tr></thead><tbody>${summaryRows}<tr><th>Total</th><td class="num">${model.total}</td></tr></tbody></table>`,
  ];
  if (model.openItems) parts.push(`<h2>Open items</h2>${shortList(model.openItems)}`);
  if (model.changes) {
    const s = model.changes.stats;
    parts.push(
      `<h2>Changes since version ${model.changes.since}</h2><p class="small">+${s.wordsAdded} / −${s.wordsRemoved} words · paragraphs: ${s.paragraphsAdded} added, ${s.paragraphsRemoved} removed, ${s.paragraphsMoved} moved, ${s.paragraphsChanged} changed · ${Math.round(s.similarity * 100)}% unchanged</p>${
        model.changes.numbers.length
          ? `<p class="small">Figures changed: ${model.changes.numbers.map((n) => `${e(n.from)} → ${e(n.to)}`).join('; ')}</p>`
          : ''
      }<p class="small">Claims affected:</p>${shortList(model.changes.affected)}`,
    );
  }
  parts.push(`<h2>Claims (${model.claims.length})</h2>${claimList(model.claims)}`);
  if (model.sources) {
    parts.push(
      `<h2>Sources</h2>${
        model.sources.length
          ? `<ul class="sources">${model.sources
              .map(
                (s) =>
                  `<li>${s.url ? `<a href="${e(s.url)}" rel="noopener noreferrer">${e(s.title)}</a>` : e(s.title)} <span class="small">${e(s.citation)} · cited by ${s.citedBy.map((n) => `#${n}`).join(', ')}</span></li>`,
              )
              .join('')}</ul>`
          : '<p class="small">No sources cited.</p>'
      }`,
    );
  }
  parts.push(`<footer>Prepared with Fact-Check Workbench on ${e(date(model.generatedAt))}.</footer>`);
  return `<div class="fc-report">${parts.join('\n')}</div>`;
}

/** One self-contained file: inline CSS, no script, no remote resources, a CSP that forbids script. */
export function renderReportHtml(model: ReportModel): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(model.title)} — fact-check report</title>
<style>${REPORT_CSS}</style></head>
<body>${renderReportFragment(model)}</body></html>
`;
}
