import { describe, expect, it } from 'vitest';
import { checkBoundaries, packageOf, zoneOf, type ImportEdge } from './zones';

const file = (from: string, to: string, typeOnly = false): ImportEdge => ({
  from,
  specifier: to,
  to: { file: to },
  typeOnly,
});
const pkg = (from: string, name: string): ImportEdge => ({
  from,
  specifier: name,
  to: { package: packageOf(name) },
  typeOnly: false,
});

describe('zones', () => {
  it('places a file by its path, however deep', () => {
    expect(zoneOf('src/main/core/handlers/deep/x.ts')).toBe('core');
    expect(zoneOf('src/main/pdf/electron-pdf.ts')).toBe('shell');
    expect(zoneOf('src/main/ipc.ts')).toBe('shell');
    expect(zoneOf('src/renderer/src/a/b/C.tsx')).toBe('renderer');
    expect(zoneOf('src/preload/bridge.d.ts')).toBe('preload');
    expect(zoneOf('src/shared/api.ts')).toBe('shared');
    expect(zoneOf('scripts/x.ts')).toBe('other');
  });

  it('names packages, and Node built-ins with or without node:', () => {
    expect(packageOf('node:fs/promises')).toBe('node:fs');
    expect(packageOf('fs')).toBe('node:fs');
    expect(packageOf('path/posix')).toBe('node:path');
    expect(packageOf('@tanstack/react-virtual')).toBe('@tanstack/react-virtual');
    expect(packageOf('react-dom/client')).toBe('react-dom');
    expect(packageOf('zod')).toBe('zod');
  });

  it('refuses the shell from a core file in a nested folder', () => {
    const refused = [
      file('src/main/core/handlers/deep/nested/x.ts', 'src/main/http-host.ts'),
      file('src/main/core/handlers/x.ts', 'src/main/ipc.ts'),
      file('src/main/core/handlers/x.ts', 'src/main/pdf/electron-pdf.ts'),
      file('src/main/core/store/x.ts', 'src/renderer/src/App.tsx'),
      file('src/main/core/store/x.ts', 'src/preload/index.ts'),
      pkg('src/main/core/a/b/x.ts', 'electron'),
      pkg('src/main/core/a/x.ts', 'react'),
    ];
    const violations = checkBoundaries(refused);
    expect(violations.map((v) => v.from)).toEqual(refused.map((e) => e.from));
    expect(violations[0]!.reason).toMatch(/^core imports shell \(src\/main\/http-host\.ts\)/);
  });

  it('lets the core use itself, the contract and ordinary packages', () => {
    expect(
      checkBoundaries([
        file('src/main/core/handlers/x.ts', 'src/main/core/store/store.ts'),
        file('src/main/core/handlers/x.ts', 'src/shared/api.ts'),
        pkg('src/main/core/handlers/x.ts', 'node:fs/promises'),
        pkg('src/main/core/handlers/x.ts', 'zod'),
        file('src/main/http-host.ts', 'src/main/core/open-core.ts'),
      ]),
    ).toEqual([]);
  });

  it('keeps the renderer off the main process, the preload, Node and Electron', () => {
    const refused = [
      file('src/renderer/src/a/b/C.tsx', 'src/main/core/open-core.ts'),
      file('src/renderer/src/a/C.tsx', 'src/main/ipc.ts'),
      file('src/renderer/src/a/C.tsx', 'src/preload/index.ts'),
      file('src/renderer/src/a/C.tsx', 'src/preload/bridge.d.ts'),
      pkg('src/renderer/src/a/x.ts', 'node:path'),
      pkg('src/renderer/src/a/x.ts', 'fs'),
      pkg('src/renderer/src/a/x.ts', 'electron'),
    ];
    expect(checkBoundaries(refused)).toHaveLength(refused.length);
    expect(checkBoundaries([file('src/renderer/src/api/client.ts', 'src/preload/bridge.d.ts', true)])).toEqual([]);
  });

  it('keeps the contract to itself, and the preload off main and renderer', () => {
    const refused = [
      file('src/shared/x.ts', 'src/main/core/app-error.ts'),
      file('src/shared/x.ts', 'scripts/start.js'),
      pkg('src/shared/x.ts', 'node:crypto'),
      pkg('src/shared/x.ts', 'electron'),
      pkg('src/shared/x.ts', 'react'),
      file('src/preload/index.ts', 'src/main/ipc.ts'),
      file('src/preload/index.ts', 'src/renderer/src/App.tsx'),
      file('src/main/index.ts', 'src/renderer/src/App.tsx'),
    ];
    expect(checkBoundaries(refused)).toHaveLength(refused.length);
    expect(
      checkBoundaries([file('src/preload/index.ts', 'src/shared/transport.ts'), pkg('src/shared/x.ts', 'zod')]),
    ).toEqual([]);
  });

  it('refuses an import that resolves to no file', () => {
    const edge: ImportEdge = {
      from: 'src/main/core/x.ts',
      specifier: './gone',
      to: { unresolved: true },
      typeOnly: false,
    };
    expect(checkBoundaries([edge])).toEqual([
      { from: 'src/main/core/x.ts', specifier: './gone', reason: 'the import does not resolve to a file' },
    ]);
  });
});
