import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every `new BrowserWindow({...})` in the shell, read from the source with the TypeScript parser
 * (Electron cannot run here). Electronegativity checks some of this too, but lets pass what it
 * thinks harmless, such as nodeIntegration under a sandbox or experimental features (LOW).
 */
const MAIN = import.meta.dirname;

type Value = boolean | string | 'expression';

interface WindowCall {
  where: string;
  preferences: Map<string, Value>;
}

function valueOf(node: ts.Expression): Value {
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteral(node)) return node.text;
  return 'expression';
}

function propertiesOf(node: ts.ObjectLiteralExpression): Map<string, ts.Expression> {
  const found = new Map<string, ts.Expression>();
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
      found.set(property.name.text, property.initializer);
    } else {
      found.set(`unreadable:${property.getText()}`, property as unknown as ts.Expression);
    }
  }
  return found;
}

async function windowCalls(): Promise<WindowCall[]> {
  const files = (await readdir(MAIN, { recursive: true }))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('core'))
    .map((name) => join(MAIN, name));
  const calls: WindowCall[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, await readFile(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow') {
        const where = `${relative(MAIN, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const options = node.arguments?.[0];
        if (!options || !ts.isObjectLiteralExpression(options))
          throw new Error(`${where}: options are not written inline`);
        const webPreferences = propertiesOf(options).get('webPreferences');
        if (!webPreferences || !ts.isObjectLiteralExpression(webPreferences)) {
          throw new Error(`${where}: webPreferences are not written inline`);
        }
        const preferences = new Map<string, Value>();
        for (const [name, value] of propertiesOf(webPreferences)) preferences.set(name, valueOf(value));
        calls.push({ where, preferences });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}

describe('BrowserWindow web preferences', () => {
  it('isolate every window: context isolation, sandbox, no Node, web security on', async () => {
    const calls = await windowCalls();
    expect(calls.map((call) => call.where.split(':')[0]).sort()).toEqual(['index.ts', 'pdf/electron-pdf.ts']);
    for (const { where, preferences } of calls) {
      expect(preferences.get('contextIsolation'), where).toBe(true);
      expect(preferences.get('sandbox'), where).toBe(true);
      expect(preferences.get('nodeIntegration'), where).toBe(false);
      expect([undefined, true], where).toContain(preferences.get('webSecurity'));
    }
  });

  it('turn on nothing that the checklist forbids', async () => {
    for (const { where, preferences } of await windowCalls()) {
      for (const name of [
        'allowRunningInsecureContent',
        'experimentalFeatures',
        'nodeIntegrationInWorker',
        'nodeIntegrationInSubFrames',
        'webviewTag',
      ]) {
        expect([undefined, false], `${where} sets ${name}`).toContain(preferences.get(name));
      }
      // Hunspell dictionaries would be downloaded on Windows and Linux; index.ts decides per platform.
      expect(preferences.get('spellcheck'), where).not.toBe(true);
      for (const name of ['enableBlinkFeatures', 'additionalArguments']) {
        expect(preferences.has(name), `${where} sets ${name}`).toBe(false);
      }
      for (const name of preferences.keys()) expect(name, where).not.toMatch(/^unreadable:/);
    }
  });
});
