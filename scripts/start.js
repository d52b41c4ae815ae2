// `npm start`: the desktop app when Electron's binary is installed; otherwise (offline machines where
// it cannot be downloaded) browser mode on 127.0.0.1, printing the address to open.
import { spawnSync, spawn } from 'node:child_process';
import { installedElectron } from './electron-binary.js';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (installedElectron()) {
  run(npx, ['electron-vite', 'dev']);
} else {
  console.log(
    'Electron is not installed on this machine (its binary could not be downloaded), so the workbench starts in browser mode:',
  );
  const build = spawnSync(npx, ['electron-vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  run(process.execPath, ['bin/factcheck.js', 'serve', ...process.argv.slice(2)]);
}
