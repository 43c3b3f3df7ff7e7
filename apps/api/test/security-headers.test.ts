/**
 * L6: security headers on the web app, the API and the API docs; no-store on authenticated
 * answers; Server-Timing that does not tell credential failures apart. Plus the X-Request-Id rule.
 * Against PGlite and PostgreSQL (docs/admin/security/README.md#security-headers).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateToken } from '../src/kernel/auth/token-format.js';
import { createTestApp, describeEachDb, type TestApp } from './helpers/app.js';
import { anonymous, Client, userWith } from './helpers/client.js';

function directives(res: LightMyRequestResponse): Map<string, string[]> {
  const header = res.headers['content-security-policy'];
  expect(typeof header, `Content-Security-Policy on ${res.statusCode}`).toBe('string');
  const out = new Map<string, string[]>();
  for (const part of (header as string).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

function expectStrictHeaders(res: LightMyRequestResponse, what: string) {
  const csp = directives(res);
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('script-src'), what).toEqual(["'self'"]);
  expect(csp.get('script-src-attr'), what).toEqual(["'none'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp.get('base-uri'), what).toEqual(["'self'"]);
  expect([...csp.values()].flat(), what).not.toContain("'unsafe-eval'");
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'], what).toContain(
    res.headers['referrer-policy'],
  );
  // Never over plain http: HSTS belongs to the TLS-terminating proxy.
  expect(res.headers['strict-transport-security'], what).toBeUndefined();
}

const PHASES = (res: LightMyRequestResponse) =>
  String(res.headers['server-timing'])
    .split(', ')
    .map((p) => p.split(';')[0]);

describeEachDb('security headers', (kind) => {
  let t: TestApp;
  let user: Client;
  const webDir = mkdtempSync(join(tmpdir(), 'tk-web-headers-'));
  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    // The shape Vite builds: external module script and stylesheet, nothing inline.
    writeFileSync(
      join(webDir, 'index.html'),
      '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-abc123.js"></script><link rel="stylesheet" href="/assets/index-abc123.css"></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    t = await createTestApp(kind, { env: { TK_WEB_DIR: webDir } });
    user = await userWith(t.app, ['user']);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('L6 the web app, a deep link and the API docs carry a strict CSP, nosniff, DENY framing and a strict referrer policy', async () => {
    for (const url of ['/', '/projects/12/members?tab=rates', '/api/docs', '/api/v1/health', '/api/v1/users/me', '/api/v1/nope']) {
      const res = await t.app.inject({ method: 'GET', url });
      expectStrictHeaders(res, url);
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger-ui');
    // Swagger UI loads nothing from elsewhere (no validator badge).
    expect(directives(docs).get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('L6 the web app has no inline script, so the policy needs no unsafe-inline for scripts', () => {
    // Vite turns this page into dist/index.html, adding only external <script src> and <link> tags.
    const html = readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('L6 every authenticated API answer is no-store (session and token); hashed assets keep their long cache', async () => {
    const session = await user.get('/api/v1/users/me');
    expect(session.statusCode).toBe(200);
    expect(session.headers['cache-control']).toBe('no-store');
    const created = await user.post('/api/v1/api-tokens', { name: 'cache', scopes: ['read:users', 'read:projects'], expires_in_days: 1 });
    expect(created.statusCode).toBe(201);
    const api = new Client(t.app, null, null, null, { authorization: `Bearer ${created.json().token}` });
    for (const url of ['/api/v1/users/me', '/api/v1/projects', '/api/v1/users/me/permissions']) {
      const res = await api.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    // Refusals and errors are not stored either.
    expect((await anonymous(t.app).get('/api/v1/users/me')).headers['cache-control']).toBe('no-store');
    expect((await user.get('/api/v1/users')).headers['cache-control']).toBe('no-store');
    // The web app: the page is revalidated, hashed assets are immutable.
    expect((await t.app.inject({ method: 'GET', url: '/' })).headers['cache-control']).toBe('no-cache');
    expect((await t.app.inject({ method: 'GET', url: '/time-entries' })).headers['cache-control']).toBe('no-cache');
    const asset = await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('L6 Server-Timing names the same phases whatever credential check failed', async () => {
    const expired = (await user.post('/api/v1/api-tokens', { name: 'expired', scopes: ['read:users'], expires_in_days: 1 })).json();
    await t.db.db.execute(sql`update api_tokens set expires_at = now() - interval '1 second' where id = ${expired.id}`);
    await t.db.db.execute(sql`update authz_state set version = version + 1`);
    const revoked = (await user.post('/api/v1/api-tokens', { name: 'revoked', scopes: ['read:users'], expires_in_days: 1 })).json();
    expect((await user.delete(`/api/v1/api-tokens/${revoked.id}`)).statusCode).toBe(204);
    const good = (await user.post('/api/v1/api-tokens', { name: 'good', scopes: ['read:users'], expires_in_days: 1 })).json();

    const refusals: [string, Promise<LightMyRequestResponse>][] = [
      ['unknown token', t.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: { authorization: `Bearer ${generateToken()}` } })],
      ['malformed token', t.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: { authorization: 'Bearer tk_nope' } })],
      ['expired token', t.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: { authorization: `Bearer ${expired.token}` } })],
      ['revoked token', t.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: { authorization: `Bearer ${revoked.token}` } })],
      ['forged session', t.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: { cookie: 'tk_session=forged.jwt.value' } })],
      ['no credentials', t.app.inject({ method: 'GET', url: '/api/v1/users/me' })],
    ];
    const ok = await t.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: { authorization: `Bearer ${good.token}` } });
    expect(ok.statusCode).toBe(200);
    const reference = PHASES(ok);
    expect(reference).toEqual(['authn', 'authn-version', 'authz', 'total']);
    for (const [what, pending] of refusals) {
      const res = await pending;
      expect(res.statusCode, what).toBe(401);
      expect(PHASES(res), what).toEqual(reference);
    }
    // An ended session (logged out) answers with the same names as well.
    const gone = await userWith(t.app, ['user']);
    expect((await gone.post('/api/v1/auth/logout')).statusCode).toBeLessThan(300);
    const ended = await gone.get('/api/v1/users/me');
    expect(ended.statusCode).toBe(401);
    expect(PHASES(ended)).toEqual(reference);
  });

  it('Info: a client X-Request-Id is kept only when it is a short token of safe characters', async () => {
    const given = 'abc-123_X.y';
    const kept = await t.app.inject({ method: 'GET', url: '/api/v1/nope', headers: { 'x-request-id': given } });
    expect(kept.headers['x-request-id']).toBe(given);
    expect(kept.json().request_id).toBe(given);
    for (const bad of ['x'.repeat(65), 'has space', 'new\u2028line', '<script>', 'a/b', 'ünï', 'a;b=c', '']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/nope', headers: { 'x-request-id': bad } });
      const id = res.headers['x-request-id'] as string;
      expect(id, JSON.stringify(bad)).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.json().request_id).toBe(id);
    }
  });
});
