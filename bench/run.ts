import { benchCli } from './cli.bench';
import { benchCompare } from './compare.bench';
import { Report } from './harness';
import { benchPastMatches } from './past-matches.bench';
import { benchLocate } from './locate.bench';
import { benchMatch } from './match.bench';
import { benchReport } from './report.bench';
import { benchStore } from './store.bench';
import { benchSuggest } from './suggest.bench';
import { benchSync } from './sync.bench';
import { benchUi } from './ui.bench';

/**
 * `npm run bench` runs every benchmark and writes bench/results.json; `-- --quick` runs a small
 * version of each, to check in CI that the suite works (its figures are not meaningful).
 */
const quick = process.argv.includes('--quick');
const report = new Report();
console.log(`Fact-Check Workbench benchmarks${quick ? ' (quick)' : ''}\n`);
benchCompare(report, quick);
benchCli(report, quick);
benchReport(report, quick);
benchSuggest(report, quick);
benchLocate(report, quick);
benchMatch(report, quick);
await benchStore(report, quick);
await benchPastMatches(report, quick);
await benchSync(report, quick);
await benchUi(report, quick);
report.write('bench/results.json', quick);
