/**
 * API tokens and scopes (docs/api/api-tokens.md, docs/api/scopes.md), against PGlite and PostgreSQL.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { SCOPE_NAMES } from '@timekeeper/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { createDb } from '../src/db/client.js';
import { generateToken, isWellFormedToken, TOKEN_LENGTH } from '../src/kernel/auth/token-format.js';
import { createTestApp, describeEachDb, testConfig } from './helpers/app.js';
import { migrationsDir, postgresAvailable } from './helpers/db.js';
import { authzSettled } from './helpers/authz.js';
import { anonymous, userWith } from './helpers/client.js';
import { bearer, createToken, tokenClient, useTestApp, useUser } from './helpers/fixtures.js';

describe('token format', () => {
  it('is tk_ + 36 base62 characters with a CRC32 checksum that catches typos', () => {
    const tokens = Array.from({ length: 200 }, generateToken);
    expect(new Set(tokens).size).toBe(200);
    for (const t of tokens) {
      expect(t).toMatch(/^tk_[0-9A-Za-z]{36}$/);
      expect(t).toHaveLength(TOKEN_LENGTH);
      expect(isWellFormedToken(t)).toBe(true);
    }
    const t = tokens[0]!;
    const flipped = t.slice(0, 10) + (t[10] === 'a' ? 'b' : 'a') + t.slice(11);
    expect(isWellFormedToken(flipped)).toBe(false);
    expect(isWellFormedToken(`${t}x`)).toBe(false);
    expect(isWellFormedToken('tk_short')).toBe(false);
  });
});

describeEachDb('API tokens', (kind) => {
  const t = useTestApp(kind, { env: { TK_TOKEN_MAX_DAYS: '90' } });
  const superAdmin = useUser(t, ['super_admin']);
  const admin = useUser(t, ['admin']);
  const user = useUser(t, ['user']);

  it('shows the secret once at creation and never again', async () => {
    const created = await createToken(user, ['read:users'], { description: 'CI bot' });
    expect(isWellFormedToken(created.token)).toBe(true);
    expect(created.prefix).toBe(created.token.slice(0, 9));
    for (const url of ['/api/v1/api-tokens', `/api/v1/api-tokens/${created.id}`]) {
      const res = await user.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(created.token);
      expect(res.body).not.toContain(created.token.slice(9));
      expect(res.body).not.toMatch(/token_hash|"token"/);
    }
    const inventory = await admin.get('/api/v1/admin/api-tokens');
    expect(inventory.body).not.toContain(created.token);
    const audit = await superAdmin.get('/api/v1/audit-logs?action=token.create');
    expect(audit.body).not.toContain(created.token);
  });

  it('keeps no plaintext token in the database (checked on a dump of it)', async () => {
    const created = await createToken(user, ['read:users']);
    expect((await bearer(t.app, created.token).get('/api/v1/users/me')).statusCode).toBe(200);
    await t.app.tokenUsage.flush();
    let dump: string;
    if (kind === 'pglite') {
      const client = (t.db.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
      dump = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()).toString('latin1');
    } else {
      const binDir = readdirSync('/usr/lib/postgresql')
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
        .find((d) => existsSync(`${d}/pg_dump`));
      dump = execFileSync(binDir ? `${binDir}/pg_dump` : 'pg_dump', ['--data-only', (t.db as { url?: string }).url!], {
        encoding: 'latin1',
        maxBuffer: 256 * 1024 * 1024,
      });
    }
    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).toContain(created.prefix); // the dump is real: the display prefix is in it
    expect(dump).not.toContain(created.token);
    expect(dump).not.toContain(created.token.slice(9));
  });

  describe('grant rules', () => {
    it('refuses wildcards and admin:all to non-admins with 422 naming the scope', async () => {
      const manager = await userWith(t.app, ['manager']);
      for (const scope of ['*', 'admin:all', 'read:*', 'write:*']) {
        const res = await manager.post('/api/v1/api-tokens', { name: 'x', scopes: ['read:users', scope], expires_in_days: 1 });
        expect(res.statusCode, scope).toBe(422);
        expect(res.json()).toMatchObject({ code: 'unprocessable', scope, refused: [{ scope, reason: 'admin_only' }] });
        expect(res.json().message).toContain(`'${scope}'`);
      }
      for (const scope of ['*', 'admin:all', 'read:*', 'write:*'])
        expect((await admin.post('/api/v1/api-tokens', { name: 'x', scopes: [scope], expires_in_days: 1 })).statusCode).toBe(201);
    });

    it('refuses scopes the owner’s permissions cannot back, and unknown scopes', async () => {
      const res = await user.post('/api/v1/api-tokens', { name: 'x', scopes: ['read:projects', 'write:projects'], expires_in_days: 1 });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ scope: 'write:projects', refused: [{ scope: 'write:projects', reason: 'not_backed' }] });
      const unknown = await user.post('/api/v1/api-tokens', { name: 'x', scopes: ['read:everything'], expires_in_days: 1 });
      expect(unknown.json()).toMatchObject({ scope: 'read:everything', refused: [{ reason: 'unknown_scope' }] });
      // The time-tracking preset fits a user.
      expect(
        (
          await user.post('/api/v1/api-tokens', {
            name: 'timer app',
            scopes: ['read:projects', 'read:time_entries', 'write:time_entries', 'read:tasks'],
            expires_in_days: 1,
          })
        ).statusCode,
      ).toBe(201);
    });

    it('a viewer cannot create tokens at all', async () => {
      const viewer = await userWith(t.app, ['viewer']);
      const res = await viewer.post('/api/v1/api-tokens', { name: 'x', scopes: ['read:users'], expires_in_days: 1 });
      expect(res.statusCode).toBe(403);
      expect(res.json().required_permission).toBe('manage_own_api_tokens');
    });

    it('requires exactly one expiry, in the future, within TK_TOKEN_MAX_DAYS', async () => {
      const post = (extra: Record<string, unknown>) => user.post('/api/v1/api-tokens', { name: 'x', scopes: ['read:users'], ...extra });
      expect((await post({})).statusCode).toBe(400);
      expect((await post({ expires_in_days: 1, expires_at: new Date(Date.now() + 86_400_000).toISOString() })).statusCode).toBe(400);
      expect((await post({ expires_in_days: 91 })).json().errors).toEqual([
        { path: 'body.expires_in_days', message: 'must be at most 90 days from now' },
      ]);
      expect((await post({ expires_at: '2001-01-01T00:00:00Z' })).statusCode).toBe(400);
      expect((await post({ expires_in_days: 90 })).statusCode).toBe(201);
    });
  });

  describe('scope enforcement', () => {
    it('answers a missing scope with exactly the documented body', async () => {
      const { token } = await createToken(user, ['read:users', 'read:time_entries']);
      const res = await bearer(t.app, token).patch('/api/v1/users/me', { name: 'New name' });
      expect(res.statusCode).toBe(403);
      const body = res.json();
      expect(body).toMatchObject({
        error: 'Insufficient permissions',
        message: "This endpoint requires the 'write:users' scope",
        required_scope: 'write:users',
        available_scopes: ['read:users', 'read:time_entries'],
        code: 'forbidden',
      });
      expect(typeof body.request_id).toBe('string');
    });

    it('write:X implies read:X; read:X does not imply write:X', async () => {
      const { token } = await createToken(user, ['write:users']);
      expect((await bearer(t.app, token).get('/api/v1/users/me')).statusCode).toBe(200);
      expect((await bearer(t.app, token).patch('/api/v1/users/me', { name: 'Renamed' })).statusCode).toBe(200);
    });

    it('read:* reads everything, write:* writes everything, only * / admin:all reach admin routes', async () => {
      const read = await tokenClient(admin, ['read:*']);
      const write = await tokenClient(admin, ['write:*']);
      const star = await tokenClient(admin, ['*']);
      expect((await read.get('/api/v1/users/me')).statusCode).toBe(200);
      expect((await read.patch('/api/v1/users/me', { name: 'x' })).json().required_scope).toBe('write:users');
      expect((await write.patch('/api/v1/users/me', { name: 'Admin' })).statusCode).toBe(200);
      expect((await write.get('/api/v1/users')).json().required_scope).toBe('admin:all');
      expect((await star.get('/api/v1/users')).statusCode).toBe(200);
    });

    it('GET /users needs admin:all; GET /users/me only read:users', async () => {
      const { token } = await createToken(admin, ['read:users']);
      expect((await bearer(t.app, token).get('/api/v1/users/me')).statusCode).toBe(200);
      expect((await bearer(t.app, token).get('/api/v1/users')).json()).toMatchObject({ required_scope: 'admin:all' });
    });

    it('reports the token’s scopes in /users/me/permissions', async () => {
      const { token } = await createToken(user, ['read:users', 'read:projects']);
      const res = (await bearer(t.app, token).get('/api/v1/users/me/permissions')).json();
      expect(res.scopes).toEqual(['read:users', 'read:projects']);
      expect(res.permissions).toContain('create_time_entries');
    });

    it('accepts X-API-Key as well, and needs no CSRF header', async () => {
      const { token } = await createToken(user, ['write:users']);
      expect((await bearer(t.app, token, 'x-api-key').patch('/api/v1/users/me', { name: 'Via key' })).statusCode).toBe(200);
    });

    it('refuses tokens on browser-session-only routes', async () => {
      const { token } = await createToken(admin, ['*']);
      const res = await bearer(t.app, token).get('/api/v1/auth/session');
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toMatch(/browser sessions only/);
    });
  });

  describe('a token never exceeds its owner', () => {
    it('loses a permission on the next request when its owner does', async () => {
      const owner = await userWith(t.app, ['admin']);
      const { token } = await createToken(owner, ['admin:all']);
      const api = bearer(t.app, token);
      expect((await api.get('/api/v1/users')).statusCode).toBe(200);
      expect((await superAdmin.put(`/api/v1/users/${owner.userId}/roles`, { roles: [{ role: 'viewer' }] })).statusCode).toBe(200);
      const res = await api.get('/api/v1/users');
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ required_permission: 'view_users' });
    });

    it('admin:all does not let a user-role owner act as an admin', async () => {
      // A legacy path: an admin-created token whose owner is later made a plain user.
      const owner = await userWith(t.app, ['admin']);
      const { token } = await createToken(owner, ['*']);
      await superAdmin.put(`/api/v1/users/${owner.userId}/roles`, { roles: [{ role: 'user' }] });
      expect((await bearer(t.app, token).post('/api/v1/roles', { name: 'nope', permissions: [] })).json()).toMatchObject({
        required_permission: 'manage_roles',
      });
    });

    it('dies with its owner’s deactivation', async () => {
      const owner = await userWith(t.app, ['user']);
      const { token } = await createToken(owner, ['read:users']);
      await superAdmin.patch(`/api/v1/users/${owner.userId}`, { is_active: false });
      const res = await bearer(t.app, token).get('/api/v1/users/me');
      expect(res.statusCode).toBe(401);
      expect(res.json().message).toMatch(/revoked|owner is deactivated/);
      // Reactivating the account does not bring the token back.
      await superAdmin.patch(`/api/v1/users/${owner.userId}`, { is_active: true });
      expect((await bearer(t.app, token).get('/api/v1/users/me')).json().message).toMatch(/revoked/);
    });
  });

  it('refuses malformed, unknown, expired and revoked tokens with 401 and distinct messages', async () => {
    const good = await createToken(user, ['read:users']);
    const expired = await createToken(user, ['read:users']);
    await t.db.db.execute(sql`update api_tokens set expires_at = now() - interval '1 second' where id = ${expired.id}`);
    await t.db.db.execute(sql`update authz_state set version = version + 1`);
    const revoked = await createToken(user, ['read:users']);
    expect((await user.delete(`/api/v1/api-tokens/${revoked.id}`)).statusCode).toBe(204);
    const tampered = good.token.slice(0, -1) + (good.token.endsWith('a') ? 'b' : 'a');

    const cases: [string, string][] = [
      [tampered, 'Malformed API token'],
      ['not-a-token', 'Malformed API token'],
      [generateToken(), 'Unknown API token'],
      [expired.token, 'This API token has expired'],
      [revoked.token, 'This API token has been revoked'],
    ];
    const messages = new Set<string>();
    for (const [token, message] of cases) {
      const res = await bearer(t.app, token).get('/api/v1/users/me');
      expect(res.statusCode, message).toBe(401);
      expect(res.json().message).toContain(message);
      expect(res.json().code).toBe('unauthorized');
      messages.add(res.json().message);
    }
    expect(messages.size).toBe(4);
    const malformedHeader = await anonymous(t.app).request('GET', '/api/v1/users/me', undefined, { authorization: 'Basic abc' });
    expect(malformedHeader.statusCode).toBe(401);
    expect((await bearer(t.app, good.token).get('/api/v1/users/me')).statusCode).toBe(200);
  });

  it('enforces the IP allowlist', async () => {
    const { token } = await createToken(user, ['read:users'], { allowed_ips: ['10.1.0.0/16', '192.0.2.7', '2001:db8::/32'] });
    const from = (ip: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: { authorization: `Bearer ${token}` }, remoteAddress: ip });
    expect((await from('10.1.200.3')).statusCode).toBe(200);
    expect((await from('192.0.2.7')).statusCode).toBe(200);
    expect((await from('2001:db8::1')).statusCode).toBe(200);
    const refused = await from('10.2.0.1');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('10.2.0.1');
    const bad = await user.post('/api/v1/api-tokens', {
      name: 'x',
      scopes: ['read:users'],
      expires_in_days: 1,
      allowed_ips: ['10.0.0.0/33'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'body.allowed_ips.0', message: 'must be an IP address or CIDR range' }]);
  });

  it('rotation issues a new secret with the same scopes and lifetime and revokes the old one', async () => {
    const old = await createToken(user, ['read:users', 'write:time_entries'], { expires_in_days: 10 });
    const res = await user.post(`/api/v1/api-tokens/${old.id}/rotate`);
    expect(res.statusCode).toBe(201);
    const rotated = res.json();
    expect(rotated.token).not.toBe(old.token);
    expect(rotated.scopes).toEqual(old.scopes);
    const lifetime = (x: { created_at: string; expires_at: string }) => Date.parse(x.expires_at) - Date.parse(x.created_at);
    expect(Math.abs(lifetime(rotated) - lifetime(old))).toBeLessThan(60_000);
    expect((await bearer(t.app, old.token).get('/api/v1/users/me')).json().message).toMatch(/revoked/);
    expect((await bearer(t.app, rotated.token).get('/api/v1/users/me')).statusCode).toBe(200);
    expect((await user.post(`/api/v1/api-tokens/${old.id}/rotate`)).statusCode).toBe(409);
  });

  it('another user’s token is invisible (404) and cannot be revoked', async () => {
    const mine = await createToken(user, ['read:users']);
    const other = await userWith(t.app, ['user']);
    expect((await other.get(`/api/v1/api-tokens/${mine.id}`)).statusCode).toBe(404);
    expect((await other.delete(`/api/v1/api-tokens/${mine.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/api-tokens/${mine.id}`, { name: 'mine now' })).statusCode).toBe(404);
    expect((await other.post(`/api/v1/api-tokens/${mine.id}/rotate`)).statusCode).toBe(404);
    expect((await bearer(t.app, mine.token).get('/api/v1/users/me')).statusCode).toBe(200);
  });

  it('records usage without a write per request, and admins see every token with usage', async () => {
    const created = await createToken(user, ['read:users']);
    const api = bearer(t.app, created.token);
    for (let i = 0; i < 3; i++) await api.get('/api/v1/users/me');
    // Not yet written, but visible in listings from this instance.
    const [row] = (
      (await t.db.db.execute(sql`select usage_count from api_tokens where id = ${created.id}`)) as unknown as {
        rows: { usage_count: string | number }[];
      }
    ).rows;
    expect(Number(row!.usage_count)).toBe(0);
    expect((await user.get(`/api/v1/api-tokens/${created.id}`)).json()).toMatchObject({ usage_count: 3, last_used_ip: '127.0.0.1' });
    await t.app.tokenUsage.flush();
    const [after] = (
      (await t.db.db.execute(sql`select usage_count, last_used_at from api_tokens where id = ${created.id}`)) as unknown as {
        rows: { usage_count: string | number; last_used_at: unknown }[];
      }
    ).rows;
    expect(Number(after!.usage_count)).toBe(3);
    expect(after!.last_used_at).not.toBeNull();

    const inventory = (await admin.get(`/api/v1/admin/api-tokens?user_id=${user.userId}`)).json();
    expect(inventory.api_tokens.find((x: { id: number }) => x.id === created.id)).toMatchObject({
      usage_count: 3,
      user: { id: user.userId },
    });
    const manager = await userWith(t.app, ['manager']);
    expect((await manager.get('/api/v1/admin/api-tokens')).json().required_permission).toBe('manage_api_tokens');
    expect((await admin.delete(`/api/v1/admin/api-tokens/${created.id}`)).statusCode).toBe(204);
    expect((await api.get('/api/v1/users/me')).statusCode).toBe(401);
    const audit = (await superAdmin.get(`/api/v1/audit-logs?action=token.admin_revoke&target_id=${created.id}`)).json();
    expect(audit.audit_logs).toHaveLength(1);
  });

  it('the admin search takes % and _ literally', async () => {
    const percent = await createToken(user, ['read:users'], { name: 'CI 100% green' });
    const plain = await createToken(user, ['read:users'], { name: 'CI 1000 green' });
    const names = async (q: string) =>
      ((await admin.get(`/api/v1/admin/api-tokens?q=${encodeURIComponent(q)}&per_page=100`)).json().api_tokens as { id: number }[]).map(
        (x) => x.id,
      );
    expect(await names('100%')).toEqual([percent.id]);
    expect(await names('CI 1_0')).toEqual([]);
    expect(await names('CI 1000')).toEqual([plain.id]);
  });

  it('lists the scope catalog with its five presets', async () => {
    const res = (await anonymous(t.app).get('/api/v1/scopes')).json();
    expect(res.presets.map((p: { name: string }) => p.name)).toEqual([
      'Read-only access',
      'Time tracking integration',
      'Project management integration',
      'Full user access (non-admin)',
      'Admin access',
    ]);
    expect(res.scopes.find((s: { name: string }) => s.name === 'write:projects').implies).toEqual(['read:projects']);
    expect(res.max_lifetime_days).toBe(90);
  });
});

describe('per-token rate limit', () => {
  it('answers 429 with Retry-After past the limit', async () => {
    const t = await createTestApp('pglite', { env: { TK_TOKEN_RATE_LIMIT: '5' } });
    try {
      const owner = await userWith(t.app, ['user']);
      const { token } = await createToken(owner, ['read:users']);
      const api = bearer(t.app, token);
      for (let i = 0; i < 5; i++) expect((await api.get('/api/v1/users/me')).statusCode).toBe(200);
      const limited = await api.get('/api/v1/users/me');
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another token of the same user has its own budget; the session is not limited.
      const other = await createToken(owner, ['read:users']);
      expect((await bearer(t.app, other.token).get('/api/v1/users/me')).statusCode).toBe(200);
      expect((await owner.get('/api/v1/users/me')).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe.skipIf(!postgresAvailable())('token revocation across two instances on one PostgreSQL database', () => {
  it('is enforced by the other instance within 1 s', async () => {
    const a = await createTestApp('postgres');
    const second = await createDb({ kind: 'postgres', url: (a.db as { url?: string }).url!, poolSize: 3 });
    const { config, cleanup } = testConfig();
    const b = await buildApp({ config, db: second, logger: false, migrate: false });
    try {
      await second.migrate(migrationsDir);
      const owner = await userWith(a.app, ['user']);
      const created = await createToken(owner, ['read:users']);
      expect((await bearer(b, created.token).get('/api/v1/users/me')).statusCode).toBe(200); // cached on B
      expect((await owner.delete(`/api/v1/api-tokens/${created.id}`)).statusCode).toBe(204);
      await authzSettled(b);
      const res = await bearer(b, created.token).get('/api/v1/users/me');
      expect(res.statusCode).toBe(401);
      expect(res.json().message).toMatch(/revoked/);
    } finally {
      await b.close();
      await second.close();
      cleanup();
      await a.close();
    }
  });
});

/** An independent, obviously-correct statement of the scope rules of docs/api/scopes.md (not the shared code). */
function referenceCovers(granted: string, required: string): boolean {
  if (granted === '*' || granted === 'admin:all') return true;
  if (required === 'admin:all') return false;
  if (granted === required || granted === 'write:*') return true;
  const [action, resource] = required.split(':');
  return action === 'read' && (granted === 'read:*' || granted === `write:${resource}`);
}

describe('scope matrix over the route table', () => {
  const t = useTestApp('pglite');
  let tokens: Map<string, string>;
  beforeAll(async () => {
    const owner = await userWith(t.app, ['super_admin']);
    tokens = new Map();
    for (const scope of SCOPE_NAMES) tokens.set(scope, (await createToken(owner, [scope])).token);
  });

  it('each scope grants exactly the routes it covers (write implies read, wildcards as documented)', async () => {
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
    expect(routes.length).toBeGreaterThan(30);
    let checked = 0;
    for (const route of routes) {
      if ('public' in route.access) continue;
      const url = route.url.replace(/:(\w+)/g, '999999');
      const required = route.access.scope;
      for (const scope of SCOPE_NAMES) {
        const res = await bearer(t.app, tokens.get(scope)!).request(
          route.method as 'GET',
          url,
          route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        );
        const body = res.statusCode === 403 ? res.json() : {};
        const scopeRefused = res.statusCode === 403 && 'required_scope' in body;
        const expected = required !== null && referenceCovers(scope, required);
        expect(scopeRefused, `${route.method} ${route.url} with ${scope}: ${res.statusCode} ${res.body}`).toBe(!expected);
        if (scopeRefused) expect(body.required_scope).toBe(required);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
    // About 2,400 requests: seconds alone, far more on a loaded two-core machine.
  }, 120_000);
});
