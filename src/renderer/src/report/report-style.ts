import { REPORT_CSS } from '../../../shared/report-style';

let adopted = false;

/** The report's own stylesheet, adopted once (a constructed sheet, which the strict CSP allows). */
export function adoptReportStyle(): void {
  if (adopted) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(REPORT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted = true;
}
