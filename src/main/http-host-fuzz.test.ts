import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputSchemas, isApiMethod } from '../shared/schemas';
import { openCore } from './core/open-core';
import { snapshotDir, tempDir, TEST_RESOURCES } from './core/test-helpers';
import { startHttpHost } from './http-host';
import { sendRaw, staticFixture, type Reply } from './http-host-test-fixtures';

/**
 * The transport under malformed requests. dispatch-fuzz.test.ts already feeds malformed values to
 * every method directly; this sends raw bodies over real HTTP (broken JSON, bytes that are not
 * UTF-8, deep nesting, megabyte strings, prototype keys written into the JSON text) and hostile
 * method names, to a real host on a real data folder.
 */

const TOKEN = 'fuzz-token';
const RUNS_PER_CLASS = 100;

/** Method classes: the area before the dot (articles, claims, sources, reports, …). */
const CLASSES = Object.keys(inputSchemas).reduce<Record<string, string[]>>((classes, method) => {
  const area = method.split('.')[0] ?? method;
  (classes[area] ??= []).push(method);
  return classes;
}, {});

const FIELDS = ['id', 'articleId', 'claimId', 'sourceId', 'title', 'text', 'start', 'end', 'status', 'format'];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '__defineGetter__'];

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Text that no JSON parser accepts (and that is not blank, which the host reads as `{}`). */
const brokenJson = fc
  .oneof(
    fc.constantFrom(
      '{',
      '{"title":',
      '{"title":"T"',
      '{"title":"T",}',
      "{'title':'T'}",
      '{title:"T"}',
      'NaN',
      '-Infinity',
      '01',
      '[1,]',
      '{"a":1}{"b":2}',
      '/* comment */ {}',
      '{"a":"\\x41"}',
      '{"a":"\u0001"}',
      '"unterminated',
      'tru',
      '{"__proto__":',
    ),
    fc.string({ minLength: 1, maxLength: 40 }).map((s) => `{"${s}`),
    fc.string({ minLength: 1, maxLength: 40 }).map((s) => `[${s}`),
  )
  .filter((text) => text.trim() !== '' && !isJson(text));

/** Valid JSON that is not an object: never an input (null is left out: it stands for `{}`). */
const notAnObject = fc
  .oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 50 }),
    fc.boolean(),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  )
  .map((value) => JSON.stringify(value));

/** A value no field accepts: a field expects a string, number or known object. */
const wrongValue = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({ $gt: '' }),
  fc.constant({ polluted: true }),
);

/** An object with at least one prototype key or wrongly typed field, written as JSON text. */
const hostileObject = fc
  .tuple(
    fc.constantFrom(...PROTOTYPE_KEYS, ...FIELDS),
    wrongValue,
    fc.dictionary(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  )
  .map(([key, value, rest]) => {
    const entries = [...Object.entries(rest).filter(([other]) => other !== key), [key, value] as const];
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
  });

/** Megabyte strings, well within the body limit, in an otherwise invalid input. */
const hugeString = fc
  .integer({ min: 1_000_000, max: 2_000_000 })
  .map((length) => JSON.stringify({ title: 'x'.repeat(length), text: false }));

const deepNesting = fc
  .integer({ min: 1_000, max: 20_000 })
  .chain((depth) =>
    fc.constantFrom('['.repeat(depth) + ']'.repeat(depth), `{"title":${'['.repeat(depth)}${']'.repeat(depth)}}`),
  );

/** Bytes that are not UTF-8 (0xFF never is) inside something that looks like JSON. */
const notUtf8 = fc
  .uint8Array({ minLength: 0, maxLength: 32 })
  .map((bytes) => Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xff, ...bytes]), Buffer.from('"}')]));

const hostileBody: fc.Arbitrary<string | Buffer> = fc.oneof(
  { weight: 3, arbitrary: brokenJson },
  { weight: 2, arbitrary: notAnObject },
  { weight: 4, arbitrary: hostileObject },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: notUtf8 },
);

const FIXED_BODIES = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"title":"T","text":"x","__proto__":{"polluted":true}}',
];

/** Method names that are not methods, as they would appear in the URL path. */
const hostileMethod = fc
  .oneof(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'articles',
      'articles.',
      '.list',
      'ARTICLES.LIST',
      'articles.list%00',
      'articles%2elist',
      'articles.list%20',
      'articles.list/',
      'articles.list/../settings.get',
      '..%2fsettings.get',
      '%2e%2e',
      'articles.list;x',
      'articles.list\\',
      '',
    ),
    fc.string({ maxLength: 30 }).map((s) => encodeURIComponent(s)),
  )
  .filter((name) => !isApiMethod(name));

function expectCodedRefusal(reply: Reply, what: string): void {
  expect([200, 400], what).toContain(reply.status);
  const result = JSON.parse(reply.body) as { ok: boolean; error?: { code: string; message: string } };
  expect(result.ok, what).toBe(false);
  expect(result.error?.code, what).toBe('INVALID_INPUT');
  expect(result.error?.message.length, what).toBeGreaterThan(10);
}

describe('HTTP host under malformed requests', () => {
  it(
    'answers every one with INVALID_INPUT, keeps running, and leaves the data folder byte-identical',
    { timeout: 180_000 },
    async () => {
      const dataDir = await tempDir();
      const core = await openCore({ dataDir, resources: TEST_RESOURCES });
      const host = await startHttpHost({
        dispatch: core.dispatch,
        token: TOKEN,
        port: 0,
        staticDir: (await staticFixture()).root,
      });
      const headers = {
        Host: `127.0.0.1:${host.port}`,
        'Content-Type': 'application/json',
        Authorization: `Bearer ${TOKEN}`,
      };
      const call = (method: string, body: string | Buffer): Promise<Reply> =>
        sendRaw(host.port, { method: 'POST', path: `/api/${method}`, headers, body });
      try {
        const created = await call('articles.create', JSON.stringify({ title: 'Ferry', text: 'It carried 1.2m.' }));
        expect(JSON.parse(created.body).ok).toBe(true);
        await core.store.idle();
        const before = await snapshotDir(dataDir);

        let requests = 0;
        for (const [index, [area, methods]] of Object.entries(CLASSES).entries()) {
          const bodies = [...FIXED_BODIES, ...fc.sample(hostileBody, { numRuns: RUNS_PER_CLASS, seed: 800 + index })];
          for (const [n, body] of bodies.entries()) {
            const method = methods[n % methods.length] ?? area;
            const shown = `${method} ← ${String(body).slice(0, 80)}`;
            expectCodedRefusal(await call(method, body), shown);
            requests++;
          }
        }
        for (const name of fc.sample(hostileMethod, { numRuns: RUNS_PER_CLASS, seed: 899 })) {
          expectCodedRefusal(await call(name, '{}'), `method ${name}`);
          requests++;
        }

        expect(requests).toBeGreaterThanOrEqual(RUNS_PER_CLASS * (Object.keys(CLASSES).length + 1));
        expect(host.server.listening).toBe(true);
        expect(JSON.parse((await call('articles.list', '{}')).body)).toMatchObject({ ok: true });
        await core.store.idle();
        expect(await snapshotDir(dataDir)).toEqual(before);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      } finally {
        await host.close();
        await core.close();
      }
    },
  );

  it('refuses nesting deeper than 200 levels before parsing, and closes the connection after early refusals', async () => {
    const dataDir = await tempDir();
    const core = await openCore({ dataDir, resources: TEST_RESOURCES });
    const host = await startHttpHost({
      dispatch: core.dispatch,
      token: TOKEN,
      port: 0,
      staticDir: (await staticFixture()).root,
    });
    const base = {
      Host: `127.0.0.1:${host.port}`,
      'Content-Type': 'application/json',
      Authorization: `Bearer ${TOKEN}`,
    };
    const call = (body: string, headers: Record<string, string> = base, method = 'POST'): Promise<Reply> =>
      sendRaw(host.port, { method, path: '/api/articles.create', headers, body });
    try {
      for (const depth of [201, 5_000_000]) {
        for (const body of [
          '['.repeat(depth) + ']'.repeat(depth),
          `{"title":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
        ]) {
          const reply = await call(body);
          expectCodedRefusal(reply, `depth ${depth}`);
          expect(JSON.parse(reply.body).error.message).toMatch(/nests more than 200 levels/);
        }
      }
      // A flat body of more than a million values is refused unparsed too; a million is read.
      for (const [values, refused] of [
        [1_000_001, true],
        [1_000_000, false],
      ] as const) {
        const reply = await call(`[${'0,'.repeat(values - 1)}0]`);
        expectCodedRefusal(reply, `${values} values`);
        expect(JSON.parse(reply.body).error.message.includes('more than 1,000,000 values'), reply.body).toBe(refused);
      }
      // 200 levels, and brackets inside strings (escaped quotes too), are parsed and reach the schema.
      for (const body of ['['.repeat(200) + ']'.repeat(200), JSON.stringify({ title: '[{\\"'.repeat(500), text: 1 })]) {
        const reply = await call(body);
        expectCodedRefusal(reply, body.slice(0, 40));
        expect(JSON.parse(reply.body).error.message).not.toMatch(/nests more than/);
      }
      const early: [Record<string, string>, string, number][] = [
        [{ ...base, Authorization: 'Bearer wrong' }, 'POST', 401],
        [{ ...base, 'Content-Type': 'text/plain' }, 'POST', 415],
        [base, 'PUT', 405],
      ];
      for (const [headers, method, status] of early) {
        const reply = await call('{"title":"T","text":"x"}', headers, method);
        expect(reply.status).toBe(status);
        expect(reply.headers.connection).toBe('close');
      }
      expect(JSON.parse((await call('{"title":"Still","text":"serving."}')).body)).toMatchObject({ ok: true });
    } finally {
      await host.close();
      await core.close();
    }
  });
});
