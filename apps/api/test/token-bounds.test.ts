/**
 * L8: a token that manages tokens can never mint, widen or unfence one beyond itself
 * (docs/api/api-tokens.md#tokens-made-by-tokens). Against PGlite and PostgreSQL.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { type Client } from './helpers/client.js';
import { useTestApp, useUser } from './helpers/fixtures.js';

interface CreatedToken {
  id: number;
  token: string;
  scopes: string[];
  allowed_ips: string[] | null;
  expires_at: string;
  created_at: string;
}

const DAY = 24 * 60 * 60 * 1000;

function bearer(app: FastifyInstance, token: string, ip = '127.0.0.1') {
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      remoteAddress: ip,
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, body: unknown = {}) => call('POST', url, body),
    patch: (url: string, body: unknown) => call('PATCH', url, body),
    delete: (url: string) => call('DELETE', url),
  };
}

async function mint(owner: Client, scopes: string[], extra: Record<string, unknown> = {}): Promise<CreatedToken> {
  const res = await owner.post('/api/v1/api-tokens', { name: `bounds-${scopes.join(',')}`, scopes, expires_in_days: 10, ...extra });
  if (res.statusCode !== 201) throw new Error(`token creation failed: ${res.statusCode} ${res.body}`);
  return res.json() as CreatedToken;
}

describeEachDb('token-created tokens', (kind) => {
  const t = useTestApp(kind, { env: { TK_TOKEN_MAX_DAYS: '90' } });
  const admin = useUser(t, ['admin']);
  const user = useUser(t, ['user']);

  it('L8 only a token holding write:api_tokens (or admin:all) may create tokens; read:api_tokens lists them', async () => {
    const reader = await mint(user, ['read:users']);
    const refused = await bearer(t.app, reader.token).post('/api/v1/api-tokens', {
      name: 'child',
      scopes: ['read:users'],
      expires_in_days: 1,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'forbidden', required_scope: 'write:api_tokens' });

    const lister = await mint(user, ['read:api_tokens']);
    const list = await bearer(t.app, lister.token).get('/api/v1/api-tokens');
    expect(list.statusCode).toBe(200);
    expect(list.json().api_tokens.map((x: { id: number }) => x.id)).toContain(lister.id);
    expect(
      (await bearer(t.app, lister.token).post('/api/v1/api-tokens', { name: 'child', scopes: ['read:users'], expires_in_days: 1 })).json(),
    ).toMatchObject({
      required_scope: 'write:api_tokens',
    });

    // A plain user may be granted the api_tokens scopes (manage_own_api_tokens backs them).
    const writer = await mint(user, ['write:api_tokens', 'read:users']);
    const child = await bearer(t.app, writer.token).post('/api/v1/api-tokens', {
      name: 'child',
      scopes: ['read:users'],
      expires_in_days: 1,
    });
    expect(child.statusCode).toBe(201);
    // admin:all covers the token routes too.
    const adminToken = await mint(admin, ['admin:all']);
    expect(
      (await bearer(t.app, adminToken.token).post('/api/v1/api-tokens', { name: 'child', scopes: ['read:users'], expires_in_days: 1 }))
        .statusCode,
    ).toBe(201);
    // The administration of every user's tokens still needs admin:all.
    expect((await bearer(t.app, writer.token).get('/api/v1/admin/api-tokens')).json()).toMatchObject({ required_scope: 'admin:all' });
  });

  it('L8 a token-created token holds only scopes its parent holds (write:X covers read:X)', async () => {
    const parent = await mint(admin, ['write:api_tokens', 'write:projects']);
    const api = bearer(t.app, parent.token);
    for (const scope of ['write:clients', 'admin:all', '*', 'read:*', 'write:*', 'read:users']) {
      const res = await api.post('/api/v1/api-tokens', { name: 'wider', scopes: ['read:projects', scope], expires_in_days: 1 });
      expect(res.statusCode, scope).toBe(422);
      expect(res.json()).toMatchObject({ code: 'unprocessable', scope });
      expect(res.json().message).toContain(scope);
    }
    const ok = await api.post('/api/v1/api-tokens', {
      name: 'narrower',
      scopes: ['read:projects', 'write:projects', 'write:api_tokens'],
      expires_in_days: 1,
    });
    expect(ok.statusCode).toBe(201);

    // read:* and write:* are handed on only by a token holding them (or admin:all).
    const readAll = await mint(admin, ['read:*', 'write:api_tokens']);
    expect(
      (await bearer(t.app, readAll.token).post('/api/v1/api-tokens', { name: 'r', scopes: ['read:*'], expires_in_days: 1 })).statusCode,
    ).toBe(201);
    expect(
      (await bearer(t.app, readAll.token).post('/api/v1/api-tokens', { name: 'r', scopes: ['read:invoices'], expires_in_days: 1 }))
        .statusCode,
    ).toBe(201);
    expect(
      (await bearer(t.app, readAll.token).post('/api/v1/api-tokens', { name: 'w', scopes: ['write:invoices'], expires_in_days: 1 }))
        .statusCode,
    ).toBe(422);
    const all = await mint(admin, ['admin:all']);
    expect((await bearer(t.app, all.token).post('/api/v1/api-tokens', { name: 'a', scopes: ['*'], expires_in_days: 1 })).statusCode).toBe(
      201,
    );
  });

  it('L8 a token-created token never outlives its parent', async () => {
    const parent = await mint(user, ['write:api_tokens', 'read:users'], { expires_in_days: 5 });
    const api = bearer(t.app, parent.token);
    const tooLong = await api.post('/api/v1/api-tokens', { name: 'long', scopes: ['read:users'], expires_in_days: 6 });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().message).toContain(parent.expires_at);
    const pastParent = new Date(Date.parse(parent.expires_at) + 1000).toISOString();
    expect((await api.post('/api/v1/api-tokens', { name: 'long', scopes: ['read:users'], expires_at: pastParent })).statusCode).toBe(422);
    const exact = await api.post('/api/v1/api-tokens', { name: 'same', scopes: ['read:users'], expires_at: parent.expires_at });
    expect(exact.statusCode).toBe(201);
    expect(exact.json().expires_at).toBe(parent.expires_at);
    expect((await api.post('/api/v1/api-tokens', { name: 'short', scopes: ['read:users'], expires_in_days: 4 })).statusCode).toBe(201);
  });

  it('L8 a token-created token keeps within its parent’s IP allowlist, and may not drop it', async () => {
    const fenced = await mint(user, ['write:api_tokens', 'read:users'], { allowed_ips: ['10.1.0.0/16', '2001:db8::/32'] });
    const api = bearer(t.app, fenced.token, '10.1.2.3');
    const create = (allowed_ips?: string[] | null) =>
      api.post('/api/v1/api-tokens', {
        name: 'child',
        scopes: ['read:users'],
        expires_in_days: 1,
        ...(allowed_ips !== undefined ? { allowed_ips } : {}),
      });
    for (const ips of [
      undefined,
      null,
      [],
      ['10.0.0.0/8'],
      ['10.1.0.0/15'],
      ['10.2.0.1'],
      ['10.1.0.0/24', '192.0.2.1'],
      ['2001:db9::1'],
      ['::/0'],
    ]) {
      const res = await create(ips);
      expect(res.statusCode, JSON.stringify(ips)).toBe(422);
      expect(res.json().code).toBe('unprocessable');
    }
    for (const ips of [['10.1.0.0/16'], ['10.1.7.0/24', '10.1.2.3'], ['2001:db8:1::/48']]) {
      const res = await create(ips);
      expect(res.statusCode, JSON.stringify(ips)).toBe(201);
      expect(res.json().allowed_ips).toEqual(ips);
    }
    // A parent without an allowlist may create a fenced or an unfenced child.
    const open = bearer(t.app, (await mint(user, ['write:api_tokens', 'read:users'])).token);
    expect(
      (await open.post('/api/v1/api-tokens', { name: 'c', scopes: ['read:users'], expires_in_days: 1, allowed_ips: ['192.0.2.0/24'] }))
        .statusCode,
    ).toBe(201);
    expect((await open.post('/api/v1/api-tokens', { name: 'c', scopes: ['read:users'], expires_in_days: 1 })).statusCode).toBe(201);
  });

  it('L8 a token cannot lift or widen its own allowlist, nor give another token more than its own', async () => {
    const fenced = await mint(user, ['write:api_tokens', 'read:users'], { allowed_ips: ['10.1.0.0/16'] });
    const api = bearer(t.app, fenced.token, '10.1.2.3');
    for (const allowed_ips of [null, [], ['10.0.0.0/8'], ['10.1.0.0/16', '192.0.2.1']]) {
      const res = await api.patch(`/api/v1/api-tokens/${fenced.id}`, { allowed_ips });
      expect(res.statusCode, JSON.stringify(allowed_ips)).toBe(422);
    }
    // Narrowing is allowed.
    const narrowed = await api.patch(`/api/v1/api-tokens/${fenced.id}`, { allowed_ips: ['10.1.2.0/24'] });
    expect(narrowed.statusCode).toBe(200);
    expect(narrowed.json().allowed_ips).toEqual(['10.1.2.0/24']);

    // Another of the owner's tokens, made in the browser without an allowlist and with wider scopes.
    const other = await mint(user, ['read:users', 'write:time_entries']);
    expect((await api.patch(`/api/v1/api-tokens/${other.id}`, { allowed_ips: ['10.0.0.0/8'] })).statusCode).toBe(422);
    expect((await api.patch(`/api/v1/api-tokens/${other.id}`, { allowed_ips: null })).statusCode).toBe(422);
    expect((await api.patch(`/api/v1/api-tokens/${other.id}`, { scopes: ['read:users', 'write:time_entries'] })).statusCode).toBe(422);
    expect((await api.patch(`/api/v1/api-tokens/${other.id}`, { allowed_ips: ['10.1.2.9'] })).statusCode).toBe(200);
    expect((await api.patch(`/api/v1/api-tokens/${other.id}`, { name: 'renamed' })).statusCode).toBe(200);

    // Scopes: a token cannot give itself a scope it does not hold.
    const self = await api.patch(`/api/v1/api-tokens/${fenced.id}`, { scopes: ['write:api_tokens', 'read:users', 'write:time_entries'] });
    expect(self.statusCode).toBe(422);
    expect(self.json()).toMatchObject({ scope: 'write:time_entries' });

    // The owner in the browser may still lift it.
    const lifted = await user.patch(`/api/v1/api-tokens/${fenced.id}`, { allowed_ips: null });
    expect(lifted.statusCode).toBe(200);
    expect(lifted.json().allowed_ips).toBeNull();
  });

  it('L8 rotation by a token keeps the same bounds', async () => {
    const parent = await mint(user, ['write:api_tokens', 'read:users'], { expires_in_days: 3, allowed_ips: ['10.1.0.0/16'] });
    const api = bearer(t.app, parent.token, '10.1.2.3');
    // A wider sibling (scopes, allowlist, lifetime) cannot be rotated by this token.
    const wideScopes = await mint(user, ['read:users', 'write:time_entries'], { allowed_ips: ['10.1.0.1'] });
    expect((await api.post(`/api/v1/api-tokens/${wideScopes.id}/rotate`)).statusCode).toBe(422);
    const unfenced = await mint(user, ['read:users']);
    expect((await api.post(`/api/v1/api-tokens/${unfenced.id}/rotate`)).statusCode).toBe(422);
    // A sibling within bounds, but living longer: its replacement ends with the parent.
    const longer = await mint(user, ['read:users'], { expires_in_days: 30, allowed_ips: ['10.1.5.5'] });
    const rotated = await api.post(`/api/v1/api-tokens/${longer.id}/rotate`);
    expect(rotated.statusCode).toBe(201);
    expect(Date.parse(rotated.json().expires_at)).toBeLessThanOrEqual(Date.parse(parent.expires_at));
    expect(rotated.json()).toMatchObject({ scopes: ['read:users'], allowed_ips: ['10.1.5.5'] });
    // Rotating itself does not extend its life either.
    const self = await api.post(`/api/v1/api-tokens/${parent.id}/rotate`);
    expect(self.statusCode).toBe(201);
    expect(Date.parse(self.json().expires_at)).toBeLessThanOrEqual(Date.parse(parent.expires_at));
    expect(self.json().allowed_ips).toEqual(['10.1.0.0/16']);
    // The owner in the browser rotates with the full lifetime, as before.
    const again = await user.post(`/api/v1/api-tokens/${self.json().id}/rotate`);
    expect(again.statusCode).toBe(201);
    expect(Date.parse(again.json().expires_at) - Date.now()).toBeGreaterThan(2 * DAY);
  });
});
