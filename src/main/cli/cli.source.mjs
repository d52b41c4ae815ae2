// Test-only entry: runs the `factcheck` command from its TypeScript source through tsx, as its own
// process; bin/factcheck.js runs the built out/main/cli.js instead.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli.ts');
await main();
