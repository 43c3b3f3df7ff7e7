/**
 * The foundation contracts: health/info, OpenAPI, the one error body (docs/api/README.md#errors),
 * fail-closed access.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, describeEachDb } from './helpers/app.js';
import { useTestApp } from './helpers/fixtures.js';

/** Test-only routes injected through buildApp(opts.plugins): they exercise the error handler. */
async function probeRoutes(app: FastifyInstance) {
  app.post(
    '/api/v1/test/echo',
    {
      config: { access: { public: true, reason: 'test probe' } },
      schema: {
        body: Type.Object({ name: Type.String({ maxLength: 20 }), count: Type.Optional(Type.Integer()) }, { additionalProperties: false }),
      },
    },
    async (request) => request.body,
  );
  app.get(
    '/api/v1/test/day',
    {
      config: { access: { public: true, reason: 'test probe' } },
      schema: { querystring: Type.Object({ end_date: Type.String({ format: 'date' }) }, { additionalProperties: false }) },
    },
    async (request) => request.query,
  );
  app.get('/api/v1/test/boom', { config: { access: { public: true, reason: 'test probe' } } }, async () => {
    throw new Error('secret internal detail at /srv/app.ts:42');
  });
  // Database errors as drizzle reports them: the driver's error (with its SQLSTATE or socket code) in `cause`.
  const dbError = (code: string, message: string) =>
    Object.assign(new Error('Failed query: insert into …'), { cause: Object.assign(new Error(message), { code }) });
  app.get('/api/v1/test/db-overflow', { config: { access: { public: true, reason: 'test probe' } } }, async () => {
    throw dbError('22003', 'numeric field overflow');
  });
  app.get('/api/v1/test/db-down', { config: { access: { public: true, reason: 'test probe' } } }, async () => {
    throw dbError('57P01', 'terminating connection due to administrator command');
  });
  app.get('/api/v1/test/db-refused', { config: { access: { public: true, reason: 'test probe' } } }, async () => {
    throw dbError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432');
  });
  app.get('/api/v1/test/private', { config: { access: { permission: 'view_users', scope: 'read:users' } } }, async () => ({ ok: true }));
}

function expectErrorBody(body: Record<string, unknown>, code: string) {
  expect(body).toMatchObject({ code });
  expect(typeof body.error).toBe('string');
  expect(typeof body.message).toBe('string');
  expect(typeof body.request_id).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+|stack/i);
}

describeEachDb('foundation', (kind) => {
  const t = useTestApp(kind, { plugins: [probeRoutes] });

  it('GET /api/v1/health answers 200 with the database up', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'ok' });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('GET /api/v1/info describes the API and lists every /api/v1 route with its access', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/info' });
    expect(res.statusCode).toBe(200);
    const info = res.json();
    expect(info).toMatchObject({ api_version: 'v1', documentation_url: '/api/docs' });
    expect(info.scopes.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['read:projects', 'write:projects', 'admin:all', '*']),
    );
    expect(info.scope_presets).toHaveLength(5);
    expect(info.endpoints).toContainEqual({
      method: 'GET',
      path: '/api/v1/test/private',
      access: 'authenticated',
      scope: 'read:users',
      permissions: ['view_users'],
      permission_mode: null,
      project: null,
    });
    // Routes that check a project say which checks (docs/development/authorization.md).
    expect(info.endpoints.some((e: { project: { action?: string } | null }) => typeof e.project?.action === 'string')).toBe(true);
    expect(info.endpoints.every((e: { path: string }) => e.path.startsWith('/api/v1/'))).toBe(true);
    expect(info.endpoints).toContainEqual(expect.objectContaining({ method: 'GET', path: '/api/v1/health', access: 'public' }));
  });

  it('serves a valid OpenAPI 3 document annotated with the required scope and permission', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const op = doc.paths['/api/v1/test/private'].get;
    expect(op['x-required-scope']).toBe('read:users');
    expect(op['x-required-permission']).toBe('view_users');
    expect(doc.paths['/api/v1/health'].get['x-access']).toBe('public');
    // Every API route is documented, each protected one with the scope tokens need (null: session only).
    for (const r of t.app.routeTable.filter((x) => x.url.startsWith('/api/v1/'))) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[r.method.toLowerCase()];
      expect(operation, `${r.method} ${path}`).toBeDefined();
      if (!('public' in r.access)) expect(operation['x-required-scope'], `${r.method} ${path}`).toBe(r.access.scope);
    }
    // Non-API routes (docs UI, static files) stay out of the document.
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/api/v1/'))).toBe(true);
  });

  it('renders the interactive documentation page at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(res.statusCode);
    const page = res.statusCode === 302 ? await t.app.inject({ method: 'GET', url: res.headers.location as string }) : res;
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/swagger/i);
  });

  it('answers an unknown /api/v1 path with the 404 error body and the request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing', headers: { 'x-request-id': 'probe-123' } });
    expect(res.statusCode).toBe(404);
    const body = res.json();
    expectErrorBody(body, 'not_found');
    expect(body.request_id).toBe('probe-123');
    expect(res.headers['x-request-id']).toBe('probe-123');
  });

  it('answers an unknown method on a known path with 404, not the SPA', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/health' });
    expect(res.statusCode).toBe(404);
    expectErrorBody(res.json(), 'not_found');
  });

  it('answers malformed JSON with 400 bad_request', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expectErrorBody(res.json(), 'bad_request');
  });

  it('rejects unknown body fields and wrong types with field errors (no coercion, no stripping)', async () => {
    const extra = await t.app.inject({ method: 'POST', url: '/api/v1/test/echo', payload: { name: 'a', admin: true } });
    expect(extra.statusCode).toBe(400);
    expectErrorBody(extra.json(), 'validation_error');
    expect(extra.json().errors).toContainEqual({ path: 'body.admin', message: 'is not an allowed field' });

    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/test/echo', payload: { name: 'a', count: '3' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('body.count');
    // The summary names the field with where it sits, in words; `errors` keeps the path and the rule.
    expect(wrong.json().message).toBe('The field count must be a whole number');
    expect(wrong.json().errors[0].message).toBe('must be integer');

    const day = await t.app.inject({ method: 'GET', url: '/api/v1/test/day?end_date=soon' });
    expect(day.json().message).toBe('The query parameter end_date must be a date (YYYY-MM-DD)');
    expect(day.json().errors).toEqual([{ path: 'querystring.end_date', message: 'must match format "date"' }]);

    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/test/echo', payload: {} });
    expect(missing.json().errors).toContainEqual({ path: 'body.name', message: 'is required' });
    expect(missing.json().message).toBe('The field name is required');

    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/test/echo', payload: { name: 'a', count: 3 } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ name: 'a', count: 3 });
  });

  it('turns a thrown error into a 500 body without internals, and logs nothing to the client', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/test/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expectErrorBody(body, 'internal_error');
    expect(res.body).not.toContain('secret internal detail');
  });

  it('maps database data exceptions to 422 and an unavailable database to 503 with Retry-After, without internals', async () => {
    const overflow = await t.app.inject({ method: 'GET', url: '/api/v1/test/db-overflow' });
    expect(overflow.statusCode).toBe(422);
    expectErrorBody(overflow.json(), 'unprocessable');
    expect(overflow.body).not.toContain('numeric field overflow');
    for (const url of ['/api/v1/test/db-down', '/api/v1/test/db-refused']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expectErrorBody(res.json(), 'service_unavailable');
      expect(res.body).not.toMatch(/ECONNREFUSED|administrator command|5432/);
    }
  });

  it('refuses anonymous callers on a protected route with 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/test/private' });
    expect(res.statusCode).toBe(401);
    expectErrorBody(res.json(), 'unauthorized');
  });

  it('ran the migrations', async () => {
    const result = (await t.db.db.execute(sql`select count(*)::int as n from app_settings`)) as unknown as { rows: unknown[] };
    expect(result.rows[0]).toEqual({ n: 0 });
  });
});

describe('fail closed: routes without a valid access declaration stop the app', () => {
  const cases: [string, Record<string, unknown> | undefined, RegExp][] = [
    ['no declaration', undefined, /GET \/api\/v1\/test\/undeclared has no access declaration/],
    ['unknown permission', { permission: 'view_everything', scope: 'read:users' }, /not in the catalog: view_everything/],
    ['no scope decision', { permission: 'view_users' }, /must declare the token scope/],
    ['wildcard scope', { authenticated: true, scope: 'read:*' }, /wildcard scope/],
    ['public without a reason', { public: true }, /public but gives no reason/],
  ];
  for (const [name, access, message] of cases) {
    it(`refuses to build: ${name}`, async () => {
      const plugin = async (app: FastifyInstance) => {
        app.get('/api/v1/test/undeclared', { config: access === undefined ? {} : { access: access as never } }, async () => ({
          leaked: true,
        }));
      };
      await expect(createTestApp('pglite', { plugins: [plugin] })).rejects.toThrow(message);
    });
  }

  it('also covers routes outside /api (e.g. a stray page)', async () => {
    const plugin = async (app: FastifyInstance) => {
      app.get('/stray', async () => 'hello');
    };
    await expect(createTestApp('pglite', { plugins: [plugin] })).rejects.toThrow(/GET \/stray has no access declaration/);
  });
});
