import { startHub } from '../src/main/hub/start-hub';

/** The benchmarks' hub, in its own process (as on a desk): prints its URL, runs until killed. */
const hub = await startHub({ dataDir: process.argv[2]! });
process.stdout.write(`${hub.url}\n`);
process.once('SIGTERM', () => void hub.close().then(() => process.exit(0)));
