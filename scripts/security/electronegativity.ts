// `npm run scan:electron`: Electronegativity over src/, failing on any MEDIUM or HIGH finding of
// FIRM or CERTAIN confidence that is not disabled on its own line with a reason.
//
// src/ rather than out/: the built bundle gives the same findings (checked when this was written)
// but loses the disable comments and points at bundled lines; src/ holds the main process, the
// preload and the renderer's index.html with its CSP.
import { readdir, readFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { extname, join, relative, resolve } from 'node:path';

interface Level {
  value: number;
  name: string;
}

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  manualReview: boolean;
  description: string;
}

interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

type Run = (options: {
  input: string;
  excludeFromScan: string[];
  electronVersionOverride: string;
  isRelative: boolean;
  parserPlugins: string[];
}) => Promise<ScanResult>;

const ROOT = resolve(import.meta.dirname, '../..');
const TARGET = join(ROOT, 'src');

/** Checks left out, with the reason: each needs the network, which CI has only for package registries. */
const EXCLUDED: Record<string, string> = {
  AvailableSecurityFixesGlobalCheck: "downloads Electron's release list from GitHub on every run",
};

const MEDIUM = 2;
const FIRM = 1;
const SCANNED = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm']);
const DISABLE = /(?:\/\/|\/\*|<!--)\s*eng-disable\s+([A-Z0-9_, ]+?)\s*(?::\s*(.*?))?\s*(?:\*\/|-->)?\s*$/;
const MIN_REASON_WORDS = 4;

const requireHere = createRequire(import.meta.url);

/**
 * Electronegativity fetches translations from a cloud bucket at start-up. That request is answered
 * here with "nothing new" so that the scan never leaves the machine; its bundled English texts are used.
 */
function loadOffline(): Run {
  const runner = requireHere.resolve('@doyensec/electronegativity');
  const got = createRequire(runner).resolve('got');
  const stub = new Module(got);
  stub.filename = got;
  stub.loaded = true;
  stub.exports = () => Promise.resolve({ statusCode: 204, body: '' });
  requireHere.cache[got] = stub;
  return requireHere(runner) as Run;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && SCANNED.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
}

interface Disable {
  where: string;
  checks: string;
  reason: string;
  problem?: string;
}

/** Every disable comment under the target, with what is wrong with it (no reason, or file-wide). */
async function disableComments(files: string[]): Promise<Disable[]> {
  const found: Disable[] = [];
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((line, index) => {
      if (!line.includes('eng-disable')) return;
      const where = `${relative(ROOT, file)}:${index + 1}`;
      const match = DISABLE.exec(line);
      const checks = match?.[1]?.trim() ?? '?';
      const reason = match?.[2]?.trim() ?? '';
      let problem: string | undefined;
      if (!match) problem = 'not written as `eng-disable CHECK_ID: reason`';
      else if (reason.split(/\s+/).length < MIN_REASON_WORDS) problem = 'no reason given after the check id';
      else if (index === 0) problem = 'on the first line it would disable the check for the whole file';
      found.push({ where, checks, reason, problem });
    });
  }
  return found;
}

const installedElectron = (): string =>
  (requireHere(join(ROOT, 'node_modules/electron/package.json')) as { version: string }).version;

const engVersion = (): string =>
  (requireHere('@doyensec/electronegativity/package.json') as { version: string }).version;

async function main(): Promise<number> {
  const files = await filesUnder(TARGET);
  const electron = installedElectron();
  const result = await loadOffline()({
    input: TARGET,
    excludeFromScan: Object.keys(EXCLUDED).map((name) => name.toLowerCase()),
    electronVersionOverride: electron,
    isRelative: true,
    parserPlugins: [],
  });

  const counts = new Map<string, number>();
  for (const issue of result.issues) counts.set(issue.severity.name, (counts.get(issue.severity.name) ?? 0) + 1);
  const failing = result.issues.filter((i) => i.severity.value >= MEDIUM && i.confidence.value >= FIRM);
  const unparsed = result.errors.filter((error) => !error.tolerable);
  const disables = await disableComments(files);
  const badDisables = disables.filter((d) => d.problem);

  console.log(
    `Electronegativity ${engVersion()} over src/ (${files.length} files, Electron ${electron}): ` +
      `${result.atomicChecks} atomic and ${result.globalChecks} global checks.`,
  );
  for (const [name, why] of Object.entries(EXCLUDED)) console.log(`  excluded ${name}: ${why}`);
  const bySeverity = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => `${s} ${counts.get(s) ?? 0}`).join(', ');
  console.log(`Findings: ${bySeverity}; MEDIUM or HIGH at FIRM or CERTAIN confidence: ${failing.length}.`);
  for (const issue of result.issues) {
    const mark = failing.includes(issue) ? 'FAIL' : 'note';
    console.log(
      `  ${mark} ${issue.severity.name}/${issue.confidence.name} ${issue.id} src/${issue.file}:${issue.location.line}` +
        `${issue.manualReview ? ' (asks for a manual review)' : ''}: ${issue.description}`,
    );
  }
  console.log(`Disabled on their line with a reason: ${disables.length - badDisables.length}.`);
  for (const d of disables)
    console.log(`  ${d.problem ? 'FAIL' : 'ok'} ${d.where} ${d.checks}: ${d.problem ?? d.reason}`);
  for (const error of result.errors) {
    console.log(`  ${error.tolerable ? 'warning' : 'FAIL (not scanned)'} ${error.file}: ${error.message}`);
  }

  const passed = failing.length === 0 && badDisables.length === 0 && unparsed.length === 0;
  console.log(passed ? 'Electronegativity: passed.' : 'Electronegativity: FAILED (see the FAIL lines above).');
  return passed ? 0 : 1;
}

process.exitCode = await main();
