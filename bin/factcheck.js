#!/usr/bin/env node
// The `factcheck` command: runs the built CLI (npm install builds it; so does `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('factcheck: the workbench is not built yet; run `npm install` or `npm run build` first.\n');
  process.exit(2);
}
const { main } = await import(cli.href);
await main();
