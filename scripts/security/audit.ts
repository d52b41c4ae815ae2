// `npm run audit:prod`: `npm audit` of what the app ships, failing on a high or critical advisory.
// That means the production dependencies, plus `electron`, which is a devDependency only because
// electron-builder bundles it, yet is the runtime of every installer.
//
// When no advisories can be had (the registry unreachable, or answering without its advisory
// service), it says so plainly and does not fail: that is no finding. Anything else it cannot read fails.
import { spawnSync } from 'node:child_process';

type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

interface AuditReport {
  metadata?: { vulnerabilities: Record<Severity | 'total', number> };
  vulnerabilities?: Record<string, { severity: Severity; isDirect: boolean }>;
  message?: string;
  statusCode?: number;
}

type Outcome = { report: Required<Pick<AuditReport, 'metadata' | 'vulnerabilities'>> } | { unavailable: string };

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const SERIOUS: Severity[] = ['high', 'critical'];
const NETWORK_ERROR = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|EHOSTUNREACH|socket hang up/;

function runAudit(args: string[]): Outcome {
  const run = spawnSync(npm, ['audit', '--json', ...args], { encoding: 'utf8', timeout: 180_000 });
  if (run.error || run.signal) return { unavailable: `npm audit did not finish (${run.error?.message ?? run.signal})` };
  let report: AuditReport;
  try {
    report = JSON.parse(run.stdout) as AuditReport;
  } catch {
    throw new Error(`npm audit printed something that is not its JSON report:\n${run.stdout}\n${run.stderr}`);
  }
  if (report.metadata && report.vulnerabilities) {
    return { report: { metadata: report.metadata, vulnerabilities: report.vulnerabilities } };
  }
  if (report.message && NETWORK_ERROR.test(report.message)) {
    return { unavailable: `the npm registry could not be reached (${report.message})` };
  }
  if (report.statusCode) {
    return {
      unavailable: `the registry answered, but not with advisories (HTTP ${report.statusCode} from its audit endpoint: ${report.message ?? ''})`,
    };
  }
  throw new Error(`npm audit failed in a way this script does not know:\n${run.stdout}\n${run.stderr}`);
}

function summary(metadata: Record<Severity | 'total', number>): string {
  return (['critical', 'high', 'moderate', 'low', 'info'] as const).map((s) => `${s} ${metadata[s]}`).join(', ');
}

function main(): number {
  const production = runAudit(['--omit=dev', '--audit-level=high']);
  if ('unavailable' in production) {
    console.log(`npm audit: NOT CHECKED: ${production.unavailable}.`);
    console.log(
      'npm audit: no advisories were compared; this is not a pass. Run `npm run audit:prod` where the registry serves them.',
    );
    return 0;
  }
  const { metadata, vulnerabilities } = production.report;
  console.log(`npm audit (production dependencies): ${summary(metadata.vulnerabilities)}.`);
  const serious = Object.entries(vulnerabilities).filter(([, v]) => SERIOUS.includes(v.severity));

  const all = runAudit([]);
  const electron = 'report' in all ? all.report.vulnerabilities.electron : undefined;
  if ('unavailable' in all) console.log(`npm audit (electron): NOT CHECKED: ${all.unavailable}.`);
  else console.log(`npm audit (electron, the shipped runtime): ${electron ? electron.severity : 'no advisory'}.`);
  if (electron && SERIOUS.includes(electron.severity)) serious.push(['electron', electron]);

  for (const [name, v] of serious) console.log(`  FAIL ${v.severity} ${name}${v.isDirect ? ' (direct)' : ''}`);
  console.log(serious.length === 0 ? 'npm audit: passed.' : 'npm audit: FAILED: high or critical advisories above.');
  return serious.length === 0 ? 0 : 1;
}

process.exitCode = main();
