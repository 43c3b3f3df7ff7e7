/**
 * Every OpenAPI operation is fuzzed with invalid input and answers without a 5xx, and every error
 * carries the one error body (docs/development/testing.md#fuzzing-invalid-input-never-makes-a-5xx,
 * docs/api/README.md#errors). The operations come from the built app's `/api/openapi.json`; for
 * each one, cases are derived from its parameter and body schemas (wrong types, out-of-range and
 * non-integer ids, 2^31+, overlong and empty strings, NUL bytes, lone surrogates, emoji, RTL
 * marks, bad dates, missing and extra fields, malformed JSON, arrays for objects …) plus a few
 * seeded fast-check samples, bounded per operation. Every case is sent as a super admin, with a
 * session cookie and CSRF header, and every other case also with a full-scope API token, against
 * the seeded demo organisation (so real ids reach the database with the odd values). The run is
 * deterministic (seeded), so a failure reproduces.
 */
import { ERROR_CODES } from '@timekeeper/shared';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/demo-seed.js';
import { describeEachDb } from './helpers/app.js';
import { type Client, userWith } from './helpers/client.js';
import { useTestApp } from './helpers/fixtures.js';

const SEED = 20_240_615;
const CASES_PER_OPERATION = 36;
const FAST_CHECK_SAMPLES = 8;

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
}

/** Strings that satisfy the patterns the API uses (currency codes, role names …). */
const PATTERNED = ['EUR', 'fuzz_role', 'fuzz', '1.2.3.4', 'a'];
const matching = (pattern: string) => PATTERNED.find((v) => new RegExp(pattern, 'u').test(v)) ?? 'fuzz';

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: Schema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | null;
}

interface Case {
  label: string;
  path?: Record<string, string>;
  query?: Record<string, string>;
  /** A JSON value to send, or `raw` text sent as application/json. */
  body?: unknown;
  raw?: string;
}

/** A value the schema accepts (or nearly): the base every case changes one thing of. */
function valid(s: Schema): unknown {
  if (s.default !== undefined) return s.default;
  if (s.enum) return s.enum[0];
  if (s.anyOf) return valid(s.anyOf.find((a) => a.type !== 'null') ?? s.anyOf[0]!);
  switch (s.type) {
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, valid(s.properties?.[k] ?? {})]));
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => valid(s.items ?? {}));
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'date') return '2024-01-15';
      if (s.format === 'date-time') return '2024-01-15T09:00:00Z';
      if (s.format === 'email') return 'fuzz@example.test';
      if (s.pattern) return matching(s.pattern);
      return 'fuzz'.padEnd(s.minLength ?? 0, 'z').slice(0, s.maxLength ?? 100);
    default:
      return 'fuzz';
  }
}

/** A value at the schema's upper bounds (every field, longest strings, largest numbers, fullest arrays): valid, yet the hardest to store. */
function extreme(s: Schema): unknown {
  if (s.enum) return s.enum.at(-1);
  if (s.anyOf) return extreme(s.anyOf.find((a) => a.type !== 'null') ?? s.anyOf[0]!);
  switch (s.type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, p]) => [k, extreme(p)]));
    case 'array':
      return Array.from({ length: Math.min(s.maxItems ?? 3, 500) }, () => extreme(s.items ?? {}));
    case 'integer':
    case 'number':
      // Ids stay real (1), so the request gets past the lookups to where the numbers are stored.
      return s.maximum === 2 ** 31 - 1 ? 1 : (s.maximum ?? 2 ** 31 - 1);
    case 'string':
      if (s.format || s.pattern) return valid(s);
      return '😀'.repeat(Math.floor((s.maxLength ?? 200) / 2));
    default:
      return valid(s);
  }
}

const NASTY_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '😀🏳️‍🌈👩‍👩‍👧',
  '\u202Egnp.exe',
  'مرحبا بالعالم',
  "'; drop table users; --",
  '%s%n%x',
  '\\u0000',
];
const NASTY_NUMBERS = [-1, 0, 1.5, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53 + 2, 1e308, -1e308, 1e-320, 99999999999.99];
const BAD_DATES = ['2024-02-30', '2024-13-01', '0000-01-01', '0001-01-01', '9999-12-31', '24-01-01', '2024-1-1', 'today'];
const BAD_DATE_TIMES = [
  '2024-01-01T25:00:00Z',
  '2024-01-01',
  '0000-01-01T00:00:00Z',
  '0000-12-31T23:59:59+01:00',
  '0001-01-01T00:30:00+01:00',
  '9999-12-31T23:30:00-01:00',
  '2024-06-30T23:59:60Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2024-01-01T00:00:00+25:00',
  '+275760-09-13T00:00:00.000Z',
  '1970-01-01T00:00:00.000000001Z',
];

/** Invalid and boundary values for one schema. */
function nasty(s: Schema): unknown[] {
  const wrongTypes: unknown[] = [null, [], {}, true, 'x', 12];
  if (s.anyOf) return [...new Set(s.anyOf.flatMap((a) => nasty(a)))];
  if (s.enum) return ['not-in-enum', String(s.enum[0]).toUpperCase(), ...wrongTypes];
  switch (s.type) {
    case 'string': {
      const limits = [s.maxLength !== undefined ? 'x'.repeat(s.maxLength + 1) : 'x'.repeat(70_000), 'é'.repeat((s.maxLength ?? 300) + 1)];
      const formats =
        s.format === 'date'
          ? BAD_DATES
          : s.format === 'date-time'
            ? BAD_DATE_TIMES
            : s.format === 'email'
              ? ['no-at-sign', 'a@b', 'x\u0000@example.test', '😀@example.test']
              : [];
      return [...formats, ...NASTY_STRINGS, ...limits, 12, null, ['x']];
    }
    case 'integer':
    case 'number':
      return [
        ...NASTY_NUMBERS,
        ...(s.maximum !== undefined ? [s.maximum] : []),
        (s.maximum ?? 2 ** 31) + 1,
        (s.minimum ?? 0) - 1,
        '1',
        'NaN',
        null,
        true,
      ];
    case 'boolean':
      return ['true', 0, 1, null];
    case 'array':
      return [
        {},
        'x',
        [null],
        [[]],
        Array.from({ length: (s.maxItems ?? 1000) + 1 }, () => valid(s.items ?? {})),
        ...(s.items
          ? nasty(s.items)
              .slice(0, 4)
              .map((v) => [v])
          : []),
      ];
    case 'object':
      return [[], 'x', null, 7, { __extra: 1 }];
    default:
      return wrongTypes;
  }
}

/** Query-string spellings of bad values for one parameter schema. */
function nastyQuery(s: Schema): string[] {
  const common = ['', '%00', '%ED%A0%80', '%F0%9F%98%80', 'x'.repeat(5000), '%FF'];
  if (s.type === 'integer' || s.type === 'number')
    return ['-1', '0', '1.5', '2147483648', '9'.repeat(30), '1e400', 'abc', '0x10', ...common];
  if (s.format === 'date') return ['2024-02-30', '2024-13-01', '0000-01-01', '99999-01-01', ...common];
  if (s.format === 'date-time') return ['2024-01-01T25:00:00Z', '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', ...common];
  if (s.type === 'boolean') return ['maybe', '2', ...common];
  if (s.enum) return ['nope', ...common];
  return [...common, 'a%00b', '%E2%80%AE', 'x,y,,z'];
}

const BAD_IDS = ['0', '-1', '1.5', '2147483648', '99999999999999999999', 'abc', '%00', '%F0%9F%98%80', '1e3', ' 1'];

/** mulberry32: a small seeded PRNG for the case selection. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The cases for one operation: the structural ones first, then per field, capped and shuffled by a seeded PRNG. */
function casesFor(op: Operation, rand: () => number): Case[] {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const base = op.body ? valid(op.body) : undefined;
  const always: Case[] = [{ label: 'valid-ish base', body: base }];
  const pool: Case[] = [];
  for (const p of pathParams) for (const bad of BAD_IDS) pool.push({ label: `path ${p.name}=${bad}`, path: { [p.name]: bad }, body: base });
  for (const q of queryParams)
    for (const bad of nastyQuery(q.schema))
      pool.push({ label: `query ${q.name}=${bad.slice(0, 40)}`, query: { [q.name]: bad }, body: base });
  if (queryParams.length > 0 || op.method === 'GET') pool.push({ label: 'unknown query field', query: { __fuzz: '1' }, body: base });
  if (op.body) {
    always.push(
      { label: 'no body', raw: '' },
      { label: 'malformed JSON', raw: '{"a":' },
      { label: 'array for object', body: [base] },
      { label: 'null body', raw: 'null' },
      { label: 'extra field', body: { ...(base as object), __fuzz: 1 } },
      { label: 'every field at its maximum', body: extreme(op.body) },
    );
    pool.push(
      { label: 'string body', raw: '"x"' },
      { label: 'number body', raw: '123' },
      { label: 'empty object', body: {} },
      { label: 'NUL in JSON key', raw: '{"\\u0000":1}' },
    );
    for (const key of op.body.required ?? []) {
      const { [key]: _dropped, ...rest } = base as Record<string, unknown>;
      pool.push({ label: `missing ${key}`, body: rest });
    }
    for (const [key, schema] of Object.entries(op.body.properties ?? {})) {
      for (const bad of nasty(schema))
        pool.push({ label: `body ${key}=${JSON.stringify(bad)?.slice(0, 40)}`, body: { ...(base as object), [key]: bad } });
    }
  }
  // Seeded shuffle, then the cap.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return [...always, ...pool.slice(0, Math.max(0, CASES_PER_OPERATION - always.length))];
}

/** fast-check: bodies whose fields are each valid, nasty or random (unicode, huge, fractional). */
function bodyArbitrary(schema: Schema): fc.Arbitrary<unknown> {
  const field = (s: Schema): fc.Arbitrary<unknown> =>
    fc.oneof(
      fc.constant(valid(s)),
      fc.constantFrom(...nasty(s)),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
      fc.double(),
      fc.constant(undefined),
    );
  const props = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, field(s)]));
  return fc.record(props).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
}

function operations(doc: {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: Schema }> } }>>;
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return ops;
}

/** What is wrong with a response, or null: no 5xx, and every 4xx carries the error body of docs/api/README.md#errors. */
export function problemWith(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `status ${res.statusCode}: ${res.body.slice(0, 300)}`;
  if (res.statusCode < 400) return null;
  let body: Record<string, unknown>;
  try {
    body = res.json();
  } catch {
    return `status ${res.statusCode} with a body that is not JSON: ${res.body.slice(0, 200)}`;
  }
  for (const field of ['error', 'message', 'code', 'request_id'] as const) {
    if (typeof body[field] !== 'string' || body[field] === '')
      return `status ${res.statusCode} without a string '${field}': ${res.body.slice(0, 300)}`;
  }
  const code = body.code as keyof typeof ERROR_CODES;
  if (!(code in ERROR_CODES)) return `unknown error code '${code}'`;
  if (ERROR_CODES[code].status !== res.statusCode) return `code '${code}' with status ${res.statusCode}`;
  if (body.errors !== undefined) {
    const errors = body.errors as { path?: unknown; message?: unknown }[];
    if (!Array.isArray(errors) || errors.some((e) => typeof e.path !== 'string' || typeof e.message !== 'string'))
      return `malformed 'errors': ${JSON.stringify(body.errors).slice(0, 200)}`;
  }
  return null;
}

describeEachDb('OpenAPI fuzzing: invalid input never yields a 5xx or a malformed error', (kind) => {
  const t = useTestApp(kind);
  let ops: Operation[] = [];
  let session: Client & { email: string };
  let token = '';
  let requestCount = 0;

  async function renewToken(app: FastifyInstance) {
    const res = await session.post('/api/v1/api-tokens', { name: `fuzz ${Date.now()}`, scopes: ['*'], expires_in_days: 30 });
    expect(res.statusCode, res.body).toBe(201);
    token = res.json().token;
    void app;
  }

  beforeAll(async () => {
    expect((await seedDemo(t.db.db)).seeded).toBe(true);
    session = await userWith(t.app, ['super_admin'], 'fuzzer');
    await renewToken(t.app);
    const doc = (await t.app.inject('/api/openapi.json')).json();
    ops = operations(doc);
  }, 120_000);

  function request(op: Operation, c: Case, auth: 'session' | 'token'): InjectOptions {
    let url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => c.path?.[name] ?? '1');
    const query = Object.entries(c.query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${v}`);
    if (query.length > 0) url += `?${query.join('&')}`;
    const headers: Record<string, string> =
      auth === 'session'
        ? { cookie: session.cookie!, ...(op.method !== 'GET' ? { 'x-csrf-token': session.csrf! } : {}) }
        : { authorization: `Bearer ${token}` };
    // From addresses other than the fuzzer's own sign-ins, spread so that the per-address login
    // rate limit does not turn the login cases into 429s.
    const opts: InjectOptions = { method: op.method as 'GET', url, headers, remoteAddress: `203.0.113.${(requestCount++ % 250) + 1}` };
    if (c.raw !== undefined) {
      headers['content-type'] = 'application/json';
      opts.payload = c.raw;
    } else if (c.body !== undefined) {
      headers['content-type'] = 'application/json';
      opts.payload = JSON.stringify(c.body);
    }
    return opts;
  }

  it('reads the operations from the OpenAPI document', () => {
    expect(ops.length).toBeGreaterThan(80);
    expect(ops.filter((o) => o.body !== null).length).toBeGreaterThan(30);
  });

  it('answers every fuzzed request of every operation without a 5xx, with the one error body', async () => {
    const failures: string[] = [];
    let sent = 0;
    const statuses = new Map<number, number>();
    const rand = prng(SEED);
    // Deletions (which archive project 1, revoke token 1 …) and then session-ending operations
    // last, so they do not cut the others short.
    const rank = (o: Operation) => (/\/auth\/(logout|password)/.test(o.path) ? 2 : o.method === 'DELETE' ? 1 : 0);
    const ordered = [...ops].sort((a, b) => rank(a) - rank(b));
    for (const op of ordered) {
      const cases = casesFor(op, rand);
      if (op.body?.properties) {
        const samples = fc.sample(bodyArbitrary(op.body), { seed: SEED, numRuns: FAST_CHECK_SAMPLES });
        samples.forEach((body, i) => cases.push({ label: `fast-check #${i} ${JSON.stringify(body).slice(0, 60)}`, body }));
      }
      for (const [i, c] of cases.entries()) {
        for (const auth of i % 2 === 0 ? (['session', 'token'] as const) : (['session'] as const)) {
          const res = await t.app.inject(request(op, c, auth));
          sent++;
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const problem = problemWith(res);
          if (problem) failures.push(`${op.method} ${op.path} [${auth}] ${c.label}: ${problem}`);
          // Keep the fuzzer signed in: a case may log out, revoke or rotate its own credentials.
          if (res.statusCode === 401) {
            // (A case may also have changed the fuzzer's email or password: a new super admin is simplest.)
            if (auth === 'session') session = await userWith(t.app, ['super_admin'], 'fuzzer');
            else await renewToken(t.app);
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(ops.length * 20);
    // Not vacuous: besides validation errors, many cases got through to the services and the database.
    const count = (from: number, to: number) => [...statuses].filter(([s]) => s >= from && s < to).reduce((n, [, c]) => n + c, 0);
    expect(count(200, 300)).toBeGreaterThan(100);
    expect(count(400, 401)).toBeGreaterThan(sent / 2);
    expect(count(404, 405) + count(409, 410) + count(422, 423)).toBeGreaterThan(100);
    expect(failures, failures.slice(0, 40).join('\n')).toEqual([]);
  }, 300_000);

  // Regressions for the bugs this fuzzer found (each was a 500 before its fix).
  it('refuses NUL characters and unpaired surrogates in any input string with a 400 naming the field', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/v1/clients', { name: 'a\u0000b' }, 'body.name'],
      ['PATCH', '/api/v1/users/me', { name: '\ud800' }, 'body.name'],
      ['POST', '/api/v1/auth/login', { email: 'x\udfffy@example.test', password: 'whatever-long' }, 'body.email'],
      ['GET', '/api/v1/projects?q=a%00b', undefined, 'querystring.q'],
      ['PATCH', '/api/v1/settings', { organisation_name: 'x\udfffy' }, 'body.organisation_name'],
    ];
    for (const [method, url, body, path] of cases) {
      const res = await session.request(method as 'POST', url, body);
      expect(problemWith(res), `${method} ${url}`).toBeNull();
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('refuses dates and instants outside the years 0001–9999 with a 400', async () => {
    const cases: [string, string, unknown][] = [
      ['POST', '/api/v1/expenses', { project_id: 2, date: '0000-01-01', amount: 1, category: 'x' }],
      ['PUT', '/api/v1/tasks/2', { due_date: '0000-01-01' }],
      ['POST', '/api/v1/time-entries', { project_id: 2, start_time: '0001-01-01T00:30:00+01:00', duration_seconds: 60 }],
      ['POST', '/api/v1/time-entries', { project_id: 2, start_time: '9999-12-31T23:30:00-01:00', duration_seconds: 60 }],
      ['GET', '/api/v1/time-entries?start_date=0000-01-01', undefined],
    ];
    for (const [method, url, body] of cases) {
      const res = await session.request(method as 'POST', url, body);
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(400);
      expect(res.json().code).toBe('validation_error');
    }
  });

  it('refuses invoice amounts the database cannot hold with a 4xx naming the line or the total', async () => {
    // Found by this fuzzer as a 500 (numeric overflow); the service now refuses before writing,
    // and plugins/errors.ts maps any remaining data exception (foundation.test.ts).
    const lines = Array.from({ length: 500 }, () => ({ description: 'huge', quantity: 1_000_000, unit_price: 1_000_000_000 }));
    const res = await session.post('/api/v1/invoices', { currency: 'EUR', lines });
    expect(problemWith(res)).toBeNull();
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0].path).toBe('body.lines.0');
    const fits = Array.from({ length: 500 }, () => ({ description: 'large', quantity: 900, unit_price: 1_000_000_000 }));
    const total = await session.post('/api/v1/invoices', { currency: 'EUR', lines: fits });
    expect(problemWith(total)).toBeNull();
    expect(total.statusCode, total.body).toBe(422);
    expect(total.json().code).toBe('unprocessable');
  });

  it('detects a 5xx and a malformed error body (the oracle can fail)', () => {
    const fake = (statusCode: number, body: string) =>
      ({ statusCode, body, json: () => JSON.parse(body) }) as unknown as LightMyRequestResponse;
    expect(problemWith(fake(500, '{"error":"Internal server error","message":"x","code":"internal_error","request_id":"r"}'))).toMatch(
      /status 500/,
    );
    expect(problemWith(fake(400, '{"message":"no error field"}'))).toMatch(/'error'/);
    expect(problemWith(fake(400, '{"error":"Bad request","message":"m","code":"bad_request"}'))).toMatch(/request_id/);
    expect(problemWith(fake(422, '{"error":"Bad request","message":"m","code":"bad_request","request_id":"r"}'))).toMatch(/status 422/);
    expect(problemWith(fake(400, '{"error":"Validation failed","message":"m","code":"validation_error","request_id":"r"}'))).toBeNull();
  });
});
