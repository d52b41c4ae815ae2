import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../src/main/core/test-helpers';
import { findCycles } from './cycles';
import { collectImports, importsOf } from './import-graph';
import { checkBoundaries } from './zones';

const ROOT = join(import.meta.dirname, '../..');

async function tree(files: Record<string, string>): Promise<string> {
  const root = await tempDir();
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe('import graph', () => {
  it('reads every kind of import, and which are type-only', () => {
    const text = [
      "import a from './a';",
      "import type { B } from './b';",
      "export { c } from './c';",
      "export type { D } from './d';",
      "import './e.css';",
      "const f = await import('./f');",
      "type G = typeof import('./g');",
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: './b', typeOnly: true },
      { specifier: './c', typeOnly: false },
      { specifier: './d', typeOnly: true },
      { specifier: './e.css', typeOnly: false },
      { specifier: './f', typeOnly: false },
      { specifier: './g', typeOnly: true },
    ]);
  });

  it('catches a core file three folders down that imports the shell, and a cycle', async () => {
    const root = await tree({
      'src/main/http-host.ts': 'export const x = 1;',
      'src/main/pdf/electron-pdf.ts': "import { app } from 'electron'; export const y = app;",
      'src/main/core/handlers/area/deep/h.ts':
        "import { x } from '../../../../http-host';\nimport { y } from '../../../../pdf/electron-pdf.js';\nexport const h = x + y;",
      'src/main/core/store/s.ts': "import { t } from './t';\nexport const s = t;",
      'src/main/core/store/t.ts': "import { s } from './s';\nexport const t = s;",
      'src/shared/api.ts': "import fs from 'fs';\nexport type A = typeof fs;",
    });
    const edges = await collectImports(root);
    expect(checkBoundaries(edges).map((v) => `${v.from} → ${v.specifier}`)).toEqual([
      'src/main/core/handlers/area/deep/h.ts → ../../../../http-host',
      'src/main/core/handlers/area/deep/h.ts → ../../../../pdf/electron-pdf.js',
      'src/shared/api.ts → fs',
    ]);
    expect(findCycles(edges)).toEqual([['src/main/core/store/s.ts', 'src/main/core/store/t.ts']]);
  });

  it('finds no crossed boundary and no cycle anywhere in src/', async () => {
    const edges = await collectImports(ROOT);
    expect(edges.length).toBeGreaterThan(500);
    expect(checkBoundaries(edges)).toEqual([]);
    expect(findCycles(edges)).toEqual([]);
  });
});
