/** What a crash run counts, and how it is printed. */
export interface Figures {
  kills: number;
  /** Kills that landed while at least one write had been sent and not yet acknowledged. */
  inFlightKills: number;
  /** Kills before the core had opened (lock, library read, list mending). */
  startupKills: number;
  ackedWrites: number;
  /** Acknowledged values compared with the files, summed over all kills. */
  checked: number;
  corrupt: Set<string>;
  lost: string[];
  /** The article list not matching the files after a restart, or leftovers not cleaned up. */
  restartProblems: string[];
  unexpected: string[];
  failedStarts: string[];
  /** Temp files of cut-short writes found after kills (each is removed on the next start). */
  strayTempFiles: number;
  logLines: string[];
  durationMs: number;
}

export function newFigures(): Figures {
  return {
    kills: 0,
    inFlightKills: 0,
    startupKills: 0,
    ackedWrites: 0,
    checked: 0,
    corrupt: new Set(),
    lost: [],
    restartProblems: [],
    unexpected: [],
    failedStarts: [],
    strayTempFiles: 0,
    logLines: [],
    durationMs: 0,
  };
}

export function failed(figures: Figures): boolean {
  return (
    figures.corrupt.size > 0 ||
    figures.lost.length > 0 ||
    figures.restartProblems.length > 0 ||
    figures.unexpected.length > 0 ||
    figures.failedStarts.length > 0
  );
}

function table(rows: [string, string | number][]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}

function listing(title: string, items: readonly string[]): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, 10).map((item) => `    ${item}`);
  if (items.length > shown.length) shown.push(`    … and ${items.length - shown.length} more`);
  return `\n${title}:\n${shown.join('\n')}`;
}

export function formatFigures(figures: Figures): string {
  return (
    table([
      ['kills', figures.kills],
      ['  while a write was in flight', figures.inFlightKills],
      ['  during start-up', figures.startupKills],
      ['acknowledged writes', figures.ackedWrites],
      ['acknowledged values checked', figures.checked],
      ['corrupt or damaged files', figures.corrupt.size],
      ['lost acknowledged writes', figures.lost.length],
      ['list mismatches or leftovers after restart', figures.restartProblems.length],
      ['operations refused', figures.unexpected.length],
      ['failed starts or closes', figures.failedStarts.length],
      ['temp files of cut-short writes (removed on restart)', figures.strayTempFiles],
      ['duration', `${(figures.durationMs / 1000).toFixed(1)} s`],
    ]) +
    listing('Corrupt or damaged files', [...figures.corrupt]) +
    listing('Lost acknowledged writes', figures.lost) +
    listing('List mismatches or leftovers after restart', figures.restartProblems) +
    listing('Operations refused', figures.unexpected) +
    listing('Failed starts or closes', figures.failedStarts) +
    listing('What the core logged', figures.logLines)
  );
}
