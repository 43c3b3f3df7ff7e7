/**
 * CSRF: every state-changing request authenticated by the session cookie needs the session's own
 * X-CSRF-Token (docs/api/authentication.md#csrf-protection) — for POST, PUT, PATCH and DELETE alike.
 * Against PGlite and PostgreSQL.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { signIn, type Client } from './helpers/client.js';
import { useTestApp, useUser } from './helpers/fixtures.js';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

describeEachDb('CSRF protection', (kind) => {
  const t = useTestApp(kind);
  const admin = useUser(t, ['admin']);
  /** A second session of the same user: its token must not work for the first. */
  let otherSession: Client;
  /** Another user's session. */
  const otherUser = useUser(t, ['admin']);
  beforeAll(async () => {
    otherSession = await signIn(t.app, admin.email);
    expect(otherSession.csrf).not.toBe(admin.csrf);
  });

  const send = (method: Method, url: string, csrf: string | undefined, payload?: object): Promise<LightMyRequestResponse> => {
    const headers: Record<string, string> = { cookie: admin.cookie! };
    if (csrf !== undefined) headers['x-csrf-token'] = csrf;
    const opts: InjectOptions = { method, url, headers };
    if (payload !== undefined) opts.payload = payload;
    return t.app.inject(opts);
  };

  async function newClient(name: string): Promise<number> {
    const res = await admin.post('/api/v1/clients', { name });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }

  /** Every way of getting the header wrong, for one request. */
  const wrongTokens = () =>
    [
      ['missing', undefined],
      ['empty', ''],
      ['wrong', 'A'.repeat(admin.csrf!.length)],
      ['truncated', admin.csrf!.slice(0, -1)],
      ['another session of the same user', otherSession.csrf!],
      ['another user', otherUser.csrf!],
    ] as const;

  async function expectRefusedEveryWay(method: Method, url: string, payload?: object) {
    for (const [what, csrf] of wrongTokens()) {
      const res = await send(method, url, csrf, payload);
      expect(res.statusCode, `${method} with ${what} X-CSRF-Token: ${res.body}`).toBe(403);
      expect(res.json(), what).toMatchObject({ code: 'csrf_failed' });
    }
  }

  it('CSRF a POST needs the session’s own X-CSRF-Token', async () => {
    const before = (await admin.get('/api/v1/clients?q=csrf-post')).json().clients.length;
    await expectRefusedEveryWay('POST', '/api/v1/clients', { name: 'csrf-post' });
    expect((await admin.get('/api/v1/clients?q=csrf-post')).json().clients).toHaveLength(before);
    expect((await send('POST', '/api/v1/clients', admin.csrf!, { name: 'csrf-post' })).statusCode).toBe(201);
  });

  it('CSRF a PUT needs the session’s own X-CSRF-Token', async () => {
    const id = await newClient('csrf-put');
    await expectRefusedEveryWay('PUT', `/api/v1/clients/${id}`, { name: 'csrf-put changed' });
    expect((await admin.get(`/api/v1/clients/${id}`)).json().name).toBe('csrf-put');
    const ok = await send('PUT', `/api/v1/clients/${id}`, admin.csrf!, { name: 'csrf-put changed' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().name).toBe('csrf-put changed');
  });

  it('CSRF a PATCH needs the session’s own X-CSRF-Token', async () => {
    await expectRefusedEveryWay('PATCH', '/api/v1/users/me', { name: 'Mallory' });
    expect((await admin.get('/api/v1/users/me')).json().name).not.toBe('Mallory');
    const ok = await send('PATCH', '/api/v1/users/me', admin.csrf!, { name: 'Patched by CSRF test' });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('CSRF a DELETE needs the session’s own X-CSRF-Token', async () => {
    const id = await newClient('csrf-delete');
    await expectRefusedEveryWay('DELETE', `/api/v1/clients/${id}`);
    expect((await admin.get(`/api/v1/clients/${id}`)).statusCode).toBe(200);
    const ok = await send('DELETE', `/api/v1/clients/${id}`, admin.csrf!);
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await admin.get(`/api/v1/clients/${id}`)).statusCode).toBe(404);
  });

  it('CSRF reads need no token, and the token is per session', async () => {
    expect((await send('POST', '/api/v1/clients', undefined, { name: 'x' })).statusCode).toBe(403);
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: { cookie: admin.cookie! } });
    expect(read.statusCode).toBe(200);
    // GET /auth/session hands out the same token the login did.
    expect((await admin.get('/api/v1/auth/session')).json().csrf_token).toBe(admin.csrf);
  });
});
