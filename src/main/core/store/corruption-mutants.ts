import { isUtf8 } from 'node:buffer';
import type { z } from 'zod';

/**
 * Damaged and altered versions of a real data file, for corruption tests: byte damage (truncation,
 * flipped bits, zeros, garbage), JSON of the wrong shape, and harmless rewrites that must still read.
 * Each mutant is built from the bytes it is given, so the same list serves library.json and articles.
 */
export type MutantFamily =
  'truncated' | 'bit flip' | 'empty or blank' | 'garbage' | 'reformatted' | 'wrong shape' | 'schema version';

export interface Mutant {
  name: string;
  family: MutantFamily;
  /** Returns the mutant's bytes and, for path-based mutants, where it changed the file. */
  make: (original: Buffer) => { bytes: Buffer; detail?: string };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const bytesOf = (text: string): Buffer => Buffer.from(text, 'utf8');
const parse = (original: Buffer): Json => JSON.parse(original.toString('utf8')) as Json;

/** `count` indices spread evenly over `0..length-1`. */
function spread(count: number, length: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(((i + 0.5) * length) / count));
}

function byteMutant(name: string, family: MutantFamily, change: (original: Buffer) => Buffer): Mutant {
  return { name, family, make: (original) => ({ bytes: change(original) }) };
}

function jsonMutant(name: string, family: MutantFamily, change: (doc: Json) => Json): Mutant {
  return { name, family, make: (original) => ({ bytes: bytesOf(JSON.stringify(change(parse(original)))) }) };
}

function truncations(count: number): Mutant[] {
  const cuts = spread(count, 1000).map((permille): Mutant =>
    byteMutant(`truncated to ${permille / 10}%`, 'truncated', (original) =>
      original.subarray(0, Math.max(1, Math.floor((original.length * permille) / 1000))),
    ),
  );
  return [
    ...cuts,
    byteMutant('truncated to its first byte', 'truncated', (original) => original.subarray(0, 1)),
    byteMutant('its last byte lost', 'truncated', (original) => original.subarray(0, original.length - 1)),
  ];
}

function bitFlips(count: number): Mutant[] {
  return Array.from({ length: count }, (_, i) =>
    byteMutant(
      `bit ${(i * 3) % 8} flipped at ${(((i + 0.5) / count) * 100).toFixed(1)}% of the file`,
      'bit flip',
      (original) => {
        const bytes = Buffer.from(original);
        const at = Math.floor(((i + 0.5) * bytes.length) / count);
        bytes[at] = bytes[at]! ^ (1 << ((i * 3) % 8));
        return bytes;
      },
    ),
  );
}

function pseudoRandomBytes(length: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 151 + 17 + ((i * i) >> 3)) % 256));
}

const damagedBytes: Mutant[] = [
  byteMutant('empty file', 'empty or blank', () => Buffer.alloc(0)),
  byteMutant('whitespace only', 'empty or blank', () => bytesOf(' \n\t \r\n ')),
  byteMutant('zero bytes of the same length (a lost write on some file systems)', 'garbage', (original) =>
    Buffer.alloc(original.length),
  ),
  byteMutant('the file followed by zero bytes', 'garbage', (original) => Buffer.concat([original, Buffer.alloc(4096)])),
  byteMutant('random bytes', 'garbage', () => pseudoRandomBytes(512)),
  byteMutant('a PNG image', 'garbage', () =>
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pseudoRandomBytes(64)]),
  ),
  byteMutant('the file twice', 'garbage', (original) => Buffer.concat([original, original])),
  byteMutant('text after the JSON', 'garbage', (original) => Buffer.concat([original, bytesOf('\nedited by hand')])),
  byteMutant('not UTF-8 (Latin-1 bytes)', 'garbage', (original) => Buffer.from(original.toString('utf8'), 'latin1')),
  byteMutant('UTF-16', 'garbage', (original) => Buffer.from(original.toString('utf8'), 'utf16le')),
];

const harmlessRewrites: Mutant[] = [
  byteMutant('BOM-prefixed', 'reformatted', (original) => Buffer.concat([BOM, original])),
  byteMutant('BOM-prefixed and pretty-printed', 'reformatted', (original) =>
    Buffer.concat([BOM, bytesOf(JSON.stringify(parse(original), null, 2))]),
  ),
  byteMutant('pretty-printed', 'reformatted', (original) => bytesOf(JSON.stringify(parse(original), null, 2))),
  byteMutant('pretty-printed with CRLF line ends', 'reformatted', (original) =>
    bytesOf(JSON.stringify(parse(original), null, '\t').replace(/\n/g, '\r\n')),
  ),
  byteMutant('surrounded by blank lines', 'reformatted', (original) =>
    Buffer.concat([bytesOf('\n\n  '), original, bytesOf('\n')]),
  ),
  jsonMutant('keys in reverse order', 'reformatted', function reverse(doc: Json): Json {
    if (Array.isArray(doc)) return doc.map(reverse);
    if (!isObject(doc)) return doc;
    return Object.fromEntries(
      Object.entries(doc)
        .reverse()
        .map(([key, value]) => [key, reverse(value)]),
    );
  }),
];

const wrongRoots: Mutant[] = [
  jsonMutant('null', 'wrong shape', () => null),
  jsonMutant('an empty object', 'wrong shape', () => ({})),
  jsonMutant('an empty array', 'wrong shape', () => []),
  jsonMutant('a string', 'wrong shape', () => 'library'),
  jsonMutant('a number', 'wrong shape', () => 42),
  jsonMutant('true', 'wrong shape', () => true),
  jsonMutant('the document inside an array', 'wrong shape', (doc) => [doc]),
  jsonMutant('the document one level deeper', 'wrong shape', (doc) => ({ data: doc })),
];

function withVersion(version: Json | undefined): (doc: Json) => Json {
  return (doc) => {
    if (!isObject(doc)) return doc;
    const rest: JsonObject = { ...doc };
    delete rest.schemaVersion;
    return version === undefined ? rest : { schemaVersion: version, ...rest };
  };
}

const schemaVersions: Mutant[] = [
  jsonMutant('schemaVersion missing', 'schema version', withVersion(undefined)),
  jsonMutant('schemaVersion 0', 'schema version', withVersion(0)),
  jsonMutant('schemaVersion -1', 'schema version', withVersion(-1)),
  jsonMutant('schemaVersion 1.5', 'schema version', withVersion(1.5)),
  jsonMutant('schemaVersion "1" (a string)', 'schema version', withVersion('1')),
  jsonMutant('schemaVersion null', 'schema version', withVersion(null)),
  jsonMutant('schemaVersion 2 (a newer app)', 'schema version', withVersion(2)),
  jsonMutant('schemaVersion 1000 (a much newer app)', 'schema version', withVersion(1000)),
];

interface Node {
  path: (string | number)[];
  value: Json;
}

/** Every value below the root, depth first, in document order. */
function nodesOf(doc: Json, path: (string | number)[] = []): Node[] {
  const children: [string | number, Json][] = Array.isArray(doc)
    ? doc.map((value, index) => [index, value])
    : isObject(doc)
      ? Object.entries(doc)
      : [];
  return children.flatMap(([key, value]) => [{ path: [...path, key], value }, ...nodesOf(value, [...path, key])]);
}

const REMOVE = Symbol('remove the member');
type Change = (value: Json) => Json | typeof REMOVE;

/** `doc` with the value at `path` changed (or removed); `path` is never empty. */
function replaceAt(doc: Json, path: readonly (string | number)[], change: Change): Json {
  const [head, ...rest] = path;
  const apply = (value: Json): Json | typeof REMOVE => (rest.length ? replaceAt(value, rest, change) : change(value));
  if (Array.isArray(doc)) {
    return doc.flatMap((value, i) => {
      const next = i === head ? apply(value) : value;
      return next === REMOVE ? [] : [next];
    });
  }
  if (!isObject(doc)) return doc;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(doc)) {
    const next = key === head ? apply(value) : value;
    if (next !== REMOVE) out[key] = next;
  }
  return out;
}

/** A value of another JSON type than `value`. */
function wrongType(value: Json): Json {
  if (typeof value === 'string') return 7;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 0;
  if (Array.isArray(value)) return { items: value };
  if (value === null) return false;
  return [value];
}

/**
 * Mutants at `count` places spread over the document, chosen among the nodes `eligible` accepts:
 * the places depend on the file, so a richer file gets its deeper fields damaged too.
 */
function atPlaces(name: string, count: number, eligible: (node: Node) => boolean, change: Change): Mutant[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${name} (place ${i + 1} of ${count})`,
    family: 'wrong shape' as const,
    make: (original: Buffer) => {
      const doc = parse(original);
      const nodes = nodesOf(doc).filter(eligible);
      const node = nodes[Math.floor(((i + 0.5) * nodes.length) / count)];
      if (!node) return { bytes: original, detail: 'no such place: the file is unchanged' };
      return { bytes: bytesOf(JSON.stringify(replaceAt(doc, node.path, change))), detail: node.path.join('.') };
    },
  }));
}

const isMember = (node: Node): boolean => typeof node.path.at(-1) === 'string';
const wrongShapes: Mutant[] = [
  ...atPlaces('a field missing', 10, isMember, () => REMOVE),
  ...atPlaces('a value of the wrong type', 10, () => true, wrongType),
  ...atPlaces(
    'an array where an object was',
    6,
    (node) => isObject(node.value),
    (value) => [value],
  ),
  ...atPlaces(
    'a value nested one level deeper',
    6,
    () => true,
    (value) => ({ value }),
  ),
  ...atPlaces('a field set to null', 6, isMember, () => null),
];

/** Every mutant, in a fixed order (names are unique). */
export const MUTANTS: readonly Mutant[] = [
  ...truncations(18),
  ...bitFlips(24),
  ...damagedBytes,
  ...harmlessRewrites,
  ...wrongRoots,
  ...schemaVersions,
  ...wrongShapes,
];

export type ExpectedOutcome = { kind: 'valid'; data: unknown } | { kind: 'newer' } | { kind: 'damaged'; why: string };

/** Strict UTF-8 without a leading BOM; throws on any byte sequence that is not UTF-8. */
function decodeUtf8(bytes: Buffer): string {
  if (!isUtf8(bytes)) throw new Error('not UTF-8');
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * What reading `bytes` must do, decided from the file format alone: a file is usable when it is
 * UTF-8 JSON (a leading BOM allowed) that matches the schema; a whole schemaVersion above the current one
 * belongs to a newer app and must be refused untouched; anything else is damaged.
 */
export function expectedOutcome(bytes: Buffer, schema: z.ZodType, currentVersion: number): ExpectedOutcome {
  let raw: Json;
  try {
    raw = JSON.parse(decodeUtf8(bytes)) as Json;
  } catch {
    return { kind: 'damaged', why: 'not UTF-8 JSON' };
  }
  const version = isObject(raw) ? raw.schemaVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > currentVersion) return { kind: 'newer' };
  const checked = schema.safeParse(raw);
  return checked.success ? { kind: 'valid', data: checked.data } : { kind: 'damaged', why: 'wrong shape' };
}
