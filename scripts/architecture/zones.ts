import { builtinModules } from 'node:module';

/**
 * Who may import whom, judged on the resolved path of every import: a file three folders down is
 * held to the same rule as one at the top of its zone.
 */
export type Zone = 'core' | 'shell' | 'renderer' | 'preload' | 'shared' | 'other';

/** An import from one file (repo-relative, `/`-separated) of a resolved file or a package. */
export interface ImportEdge {
  from: string;
  specifier: string;
  to: { file: string } | { package: string } | { unresolved: true };
  /** `import type` / `export type`: erased from the build. */
  typeOnly: boolean;
}

export interface Violation {
  from: string;
  specifier: string;
  reason: string;
}

export function zoneOf(path: string): Zone {
  if (path.startsWith('src/main/core/')) return 'core';
  if (path.startsWith('src/main/')) return 'shell';
  if (path.startsWith('src/renderer/')) return 'renderer';
  if (path.startsWith('src/preload/')) return 'preload';
  if (path.startsWith('src/shared/')) return 'shared';
  return 'other';
}

const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

/** A bare specifier's package ('@scope/name' or 'name'), with Node built-ins as `node:<name>`. */
export function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return `node:${specifier.slice('node:'.length).split('/')[0]}`;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return NODE_BUILTINS.has(name) ? `node:${name}` : name;
}

type PackageRule = (name: string) => boolean;
const isElectron: PackageRule = (name) => name === 'electron' || name.startsWith('@electron/');
const isReact: PackageRule = (name) => name === 'react' || name === 'react-dom';
const isNode: PackageRule = (name) => name.startsWith('node:');

interface ZoneRule {
  /** Zones this one must not import from. */
  zones: Zone[];
  packages: { test: PackageRule; what: string }[];
  why: string;
}

const ELECTRON = { test: isElectron, what: 'Electron' };
const REACT = { test: isReact, what: 'React' };
const NODE = { test: isNode, what: 'a Node built-in' };

const RULES: Record<Zone, ZoneRule | undefined> = {
  core: {
    zones: ['shell', 'renderer', 'preload'],
    packages: [ELECTRON, REACT],
    why: 'the core runs under every shell and must not import one',
  },
  shell: {
    zones: ['renderer', 'preload'],
    packages: [REACT],
    why: 'the shell loads the UI and preload as built files',
  },
  renderer: {
    zones: ['core', 'shell', 'preload'],
    packages: [ELECTRON, NODE],
    why: 'the UI runs in a browser and reaches the core only through the contract',
  },
  preload: { zones: ['core', 'shell', 'renderer'], packages: [], why: 'the preload exposes invoke() and nothing else' },
  shared: {
    zones: ['core', 'shell', 'renderer', 'preload', 'other'],
    packages: [ELECTRON, REACT, NODE],
    why: 'the contract depends on nothing but itself',
  },
  other: undefined,
};

/** The one file both sides of the bridge share, as types only (electron-vite's template does the same). */
const SHARED_TYPES = 'src/preload/bridge.d.ts';

function isAllowedException(edge: ImportEdge, target: string): boolean {
  return zoneOf(edge.from) === 'renderer' && target === SHARED_TYPES && edge.typeOnly;
}

/** Every import that crosses a boundary it must not. */
export function checkBoundaries(edges: readonly ImportEdge[]): Violation[] {
  const violations: Violation[] = [];
  for (const edge of edges) {
    const from = zoneOf(edge.from);
    const rule = RULES[from];
    const refuse = (what: string): void => {
      violations.push({ from: edge.from, specifier: edge.specifier, reason: `${from} imports ${what}: ${rule?.why}` });
    };
    if ('unresolved' in edge.to) {
      violations.push({ from: edge.from, specifier: edge.specifier, reason: 'the import does not resolve to a file' });
    } else if (!rule) {
      continue;
    } else if ('file' in edge.to) {
      const target = zoneOf(edge.to.file);
      if (rule.zones.includes(target) && !isAllowedException(edge, edge.to.file)) refuse(`${target} (${edge.to.file})`);
    } else {
      const name = edge.to.package;
      const banned = rule.packages.find((p) => p.test(name));
      if (banned) refuse(`${banned.what} (${name})`);
    }
  }
  return violations;
}
