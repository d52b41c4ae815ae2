import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // Bundled rather than loaded from node_modules: they are some 130 small modules, and reading
      // them one by one was a good part of `factcheck serve`'s start-up. The import libraries stay
      // external, so the import worker's code is unchanged.
      externalizeDeps: { exclude: ['zod', 'diff', 'lowdb'] },
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
