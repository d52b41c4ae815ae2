import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { packageOf, type ImportEdge } from './zones';

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
/** What an import without an extension (or with a .js one, as TypeScript allows) may name. */
const CANDIDATE_SUFFIXES = ['', '.ts', '.tsx', '.d.ts', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

interface Found {
  specifier: string;
  typeOnly: boolean;
}

/** Every module specifier a file names: static and dynamic imports, re-exports and `import('x')` types. */
export function importsOf(fileName: string, text: string): Found[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: Found[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.importClause?.isTypeOnly ?? false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push({ specifier: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** The file a relative specifier names (bundler resolution: extension optional, .js may mean .ts). */
async function resolveRelative(fromFile: string, specifier: string): Promise<string | undefined> {
  const bare = join(dirname(fromFile), specifier.split('?')[0]!);
  const stems = /\.js$/.test(bare) ? [bare, bare.replace(/\.js$/, '')] : [bare];
  for (const stem of stems) {
    for (const suffix of CANDIDATE_SUFFIXES) {
      if (await isFile(stem + suffix)) return stem + suffix;
    }
  }
  return undefined;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return Promise.resolve(SOURCE.test(entry.name) ? [path] : []);
    }),
  );
  return nested.flat();
}

const toPosix = (path: string): string => path.split(sep).join(posix.sep);

/** Every import of every source file under `root/dir`, resolved; paths relative to `root`. */
export async function collectImports(root: string, dir = 'src'): Promise<ImportEdge[]> {
  const edges: ImportEdge[] = [];
  for (const file of (await sourceFiles(join(root, dir))).sort()) {
    const from = toPosix(relative(root, file));
    for (const { specifier, typeOnly } of importsOf(file, await readFile(file, 'utf8'))) {
      let to: ImportEdge['to'];
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = await resolveRelative(file, specifier);
        to = target ? { file: toPosix(relative(root, target)) } : { unresolved: true };
      } else {
        to = { package: packageOf(specifier) };
      }
      edges.push({ from, specifier, to, typeOnly });
    }
  }
  return edges;
}
