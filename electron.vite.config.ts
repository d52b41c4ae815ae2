import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * zod's `z` namespace re-exports its messages in some fifty languages, which the bundler keeps
 * because `z` is used as a namespace. The workbench writes its own sentences and zod's default is
 * English, so the bundle gets the English messages only: 0.4 MB less to compile at every start.
 */
function zodEnglishOnly(): Plugin {
  const id = '\0zod-locales-en';
  return {
    name: 'zod-english-only',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === '../locales/index.js' && importer?.includes('/node_modules/zod/') ? id : null,
    load: (loaded) => (loaded === id ? "export { default as en } from 'zod/v4/locales/en.js';" : null),
  };
}

export default defineConfig({
  main: {
    plugins: [zodEnglishOnly()],
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
