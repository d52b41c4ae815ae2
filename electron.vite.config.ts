import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // cli.js is the `factcheck` command (and `serve`); it shares the core with the Electron entry.
      rollupOptions: {
        input: {
          index: 'src/main/index.ts',
          cli: 'src/main/cli.ts',
          'import-worker': 'src/main/core/import/import-worker.ts',
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be CommonJS, even though the package is ESM.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    plugins: [react()],
    build: { minify: true },
  },
});
