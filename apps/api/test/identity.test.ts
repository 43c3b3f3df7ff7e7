/**
 * Accounts and sessions: first-run setup, login, CSRF, rate limiting, session revocation.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../src/modules/auth/auth.routes.js';
import { createTestApp, describeEachDb } from './helpers/app.js';
import { anonymous, Client, PASSWORD, sessionCookie, signIn, userWith } from './helpers/client.js';
import { useTestApp, useUser } from './helpers/fixtures.js';

const NO_SECRETS = /\$argon2|password_hash|passwordHash/;

describeEachDb('first run and the setup → login → roles flow', (kind) => {
  const t = useTestApp(kind);

  it('walks a new install from setup to a viewer refused where a manager succeeds', async () => {
    const anon = anonymous(t.app);
    expect((await anon.get('/api/v1/setup')).json()).toEqual({ needs_setup: true });

    const setup = await anon.post('/api/v1/setup', { email: 'Owner@Example.test', name: 'Owner', password: PASSWORD });
    expect(setup.statusCode).toBe(201);
    expect(setup.body).not.toMatch(NO_SECRETS);
    const created = setup.json();
    expect(created.user).toMatchObject({
      email: 'Owner@Example.test',
      is_active: true,
      roles: [{ name: 'super_admin', is_system_role: true, expires_at: null }],
    });
    expect(typeof created.csrf_token).toBe('string');
    const cookie = setup.cookies.find((c) => c.name === 'tk_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    expect((await anon.get('/api/v1/setup')).json()).toEqual({ needs_setup: false });
    const again = await anon.post('/api/v1/setup', { email: 'second@example.test', name: 'Second', password: PASSWORD });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');

    // Email matching is case-insensitive.
    const admin = await signIn(t.app, 'owner@example.test');
    for (const [email, role] of [
      ['manager@example.test', 'manager'],
      ['viewer@example.test', 'viewer'],
    ]) {
      const res = await admin.post('/api/v1/users', { email, name: role, password: PASSWORD, roles: [{ role }] });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.body).not.toMatch(NO_SECRETS);
    }
    const manager = await signIn(t.app, 'manager@example.test');
    const viewer = await signIn(t.app, 'viewer@example.test');

    const denied = await viewer.get('/api/v1/users');
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({
      error: 'Insufficient permissions',
      message: "This action requires the 'view_users' permission",
      required_permission: 'view_users',
      code: 'forbidden',
    });
    const allowed = await manager.get('/api/v1/users');
    expect(allowed.statusCode).toBe(200);
    expect(
      allowed
        .json()
        .users.map((u: { email: string }) => u.email)
        .sort(),
    ).toEqual(['Owner@Example.test', 'manager@example.test', 'viewer@example.test']);
    expect(allowed.body).not.toMatch(NO_SECRETS);
  });

  it('refuses a second setup even when two race', async () => {
    const fresh = await createTestApp(kind);
    try {
      const anon = anonymous(fresh.app);
      const results = await Promise.all(
        [1, 2, 3].map((i) => anon.post('/api/v1/setup', { email: `racer${i}@example.test`, name: `Racer ${i}`, password: PASSWORD })),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    } finally {
      await fresh.close();
    }
  });
});

describeEachDb('login, sessions and CSRF', (kind) => {
  const t = useTestApp(kind);
  const admin = useUser(t, ['super_admin']);

  it('answers a wrong email and a wrong password with the same 401 body', async () => {
    const user = await userWith(t.app, ['user']);
    const wrongPassword = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'not the password' },
    });
    const wrongEmail = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.test', password: 'not the password' },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongEmail.statusCode).toBe(401);
    const strip = (b: Record<string, unknown>) => ({ ...b, request_id: undefined });
    expect(strip(wrongPassword.json())).toEqual(strip(wrongEmail.json()));
    expect(wrongPassword.json()).toMatchObject({ error: 'Invalid credentials', code: 'invalid_credentials' });
    // Auditors see why; the caller did not.
    const failures = (await admin.get('/api/v1/audit-logs?action=auth.login_failed')).json().audit_logs;
    expect(failures.map((f: { after: { reason: string } }) => f.after.reason)).toEqual(
      expect.arrayContaining(['unknown_email', 'wrong_password']),
    );
  });

  it('answers a deactivated account with the same 401 as a wrong password', async () => {
    const user = await userWith(t.app, ['user']);
    expect((await admin.patch(`/api/v1/users/${user.userId}`, { is_active: false })).statusCode).toBe(200);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: PASSWORD } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('Invalid credentials');
  });

  it('GET /auth/session returns the user and CSRF token; 401 without a session', async () => {
    const user = await userWith(t.app, ['viewer']);
    const res = await user.get('/api/v1/auth/session');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { id: user.userId }, csrf_token: user.csrf });
    expect((await anonymous(t.app).get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('refuses cookie writes without a valid X-CSRF-Token (403 csrf_failed) and allows them with it', async () => {
    const user = await userWith(t.app, ['user']);
    const noHeader = new Client(t.app, user.cookie, null, user.userId);
    const missing = await noHeader.patch('/api/v1/users/me', { name: 'Changed' });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('csrf_failed');
    const wrong = await new Client(t.app, user.cookie, 'x'.repeat(43), user.userId).patch('/api/v1/users/me', { name: 'Changed' });
    expect(wrong.json().code).toBe('csrf_failed');
    // Another session's token does not fit this session.
    const other = await signIn(t.app, user.email);
    const crossed = await new Client(t.app, user.cookie, other.csrf, user.userId).patch('/api/v1/users/me', { name: 'Changed' });
    expect(crossed.json().code).toBe('csrf_failed');
    // Reads need no CSRF header.
    expect((await noHeader.get('/api/v1/users/me')).statusCode).toBe(200);
    const ok = await user.patch('/api/v1/users/me', { name: 'Changed' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().name).toBe('Changed');
  });

  it('logout ends the session at once', async () => {
    const user = await userWith(t.app, ['user']);
    expect((await user.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const after = await user.get('/api/v1/users/me');
    expect(after.statusCode).toBe(401);
  });

  it('a tampered or foreign session cookie is refused', async () => {
    const user = await userWith(t.app, ['user']);
    const tampered = new Client(t.app, `${user.cookie!.slice(0, -2)}xx`, user.csrf, null);
    expect((await tampered.get('/api/v1/users/me')).statusCode).toBe(401);
    const foreign = await createTestApp(kind, { env: { TK_SECRET: 'another-secret-another-secret-another-secret' } });
    try {
      expect((await user.on(foreign.app).get('/api/v1/users/me')).statusCode).toBe(401);
    } finally {
      await foreign.close();
    }
  });

  it('changing the password ends the other sessions and keeps this one', async () => {
    const user = await userWith(t.app, ['user']);
    const second = await signIn(t.app, user.email);
    const wrong = await user.post('/api/v1/auth/password', { current_password: 'nope-nope-nope', new_password: 'a brand new password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ path: 'body.current_password', message: 'is incorrect' }]);
    const short = await user.post('/api/v1/auth/password', { current_password: PASSWORD, new_password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(
      (await user.post('/api/v1/auth/password', { current_password: PASSWORD, new_password: 'a brand new password' })).statusCode,
    ).toBe(204);
    expect((await user.get('/api/v1/users/me')).statusCode).toBe(200);
    expect((await second.get('/api/v1/users/me')).statusCode).toBe(401);
    await expect(signIn(t.app, user.email)).rejects.toThrow(/401/);
    await signIn(t.app, user.email, 'a brand new password');
  });

  it('"log out everywhere" ends every session, or every other one', async () => {
    const user = await userWith(t.app, ['user']);
    const second = await signIn(t.app, user.email);
    const third = await signIn(t.app, user.email);
    const sessions = await user.get('/api/v1/auth/sessions');
    expect(sessions.json().sessions).toHaveLength(3);
    expect(sessions.json().sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const kept = await user.post('/api/v1/auth/logout-everywhere', { keep_current: true });
    expect(kept.json()).toEqual({ ended: 2 });
    expect((await user.get('/api/v1/users/me')).statusCode).toBe(200);
    expect((await second.get('/api/v1/users/me')).statusCode).toBe(401);
    expect((await third.get('/api/v1/users/me')).statusCode).toBe(401);
    expect((await user.post('/api/v1/auth/logout-everywhere')).json()).toEqual({ ended: 1 });
    expect((await user.get('/api/v1/users/me')).statusCode).toBe(401);
  });

  it('deactivation ends every session of the user at once', async () => {
    const user = await userWith(t.app, ['manager']);
    expect((await user.get('/api/v1/users')).statusCode).toBe(200);
    expect((await admin.patch(`/api/v1/users/${user.userId}`, { is_active: false })).json().is_active).toBe(false);
    expect((await user.get('/api/v1/users')).statusCode).toBe(401);
  });

  it('never stores or returns a password in clear or as a hash', async () => {
    const rows = (await t.db.db.execute(sql`select password_hash from users`)) as unknown as { rows: { password_hash: string }[] };
    for (const r of rows.rows) expect(r.password_hash).toMatch(/^\$argon2id\$/);
    for (const url of [
      '/api/v1/users',
      '/api/v1/users/me',
      '/api/v1/audit-logs?per_page=100',
      `/api/v1/users/${admin.userId}/permissions`,
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toMatch(NO_SECRETS);
      expect(res.body, url).not.toContain(PASSWORD);
    }
  });
});

describe('login rate limiting', () => {
  const t = useTestApp('pglite');

  it(`after ${LOGIN_LIMITS.freeFailuresPerAccountAndIp} failed attempts on an account from one address, that address waits (429 and Retry-After), even with the right password; others do not`, async () => {
    const user = await userWith(t.app, ['user']);
    const attempt = (password: string, ip: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email.toUpperCase(), password },
        remoteAddress: ip,
      });
    // Successful sign-ins do not count.
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAccountAndIp + 2; i++)
      expect((await attempt(PASSWORD, '10.0.2.1')).statusCode).toBe(200);
    for (let i = 1; i <= LOGIN_LIMITS.freeFailuresPerAccountAndIp; i++)
      expect((await attempt('wrong password!', '10.0.0.1')).statusCode).toBe(401);
    const limited = await attempt(PASSWORD, '10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ code: 'rate_limited' });
    // Failures elsewhere do not lock the account: the right person signs in from their own address.
    expect((await attempt(PASSWORD, '10.0.1.1')).statusCode).toBe(200);
  });

  it(`after ${LOGIN_LIMITS.perIp} failed attempts from an IP across accounts, refuses that IP`, async () => {
    const ip = '10.9.9.9';
    let last = 0;
    for (let i = 0; i <= LOGIN_LIMITS.perIp; i++) {
      last = (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: `guess${i}@example.test`, password: 'x' },
          remoteAddress: ip,
        })
      ).statusCode;
    }
    expect(last).toBe(429);
    // Another IP is not affected.
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'guess@example.test', password: 'x' },
      remoteAddress: '10.9.9.10',
    });
    expect(other.statusCode).toBe(401);
  });
});

describe('bootstrap from TK_ADMIN_EMAIL / TK_ADMIN_PASSWORD', () => {
  it('creates the super admin on an empty install only', async () => {
    const t = await createTestApp('pglite', { env: { TK_ADMIN_EMAIL: 'boot@example.test', TK_ADMIN_PASSWORD: PASSWORD } });
    try {
      const admin = await signIn(t.app, 'boot@example.test');
      const me = (await admin.get('/api/v1/users/me')).json();
      expect(me.roles.map((r: { name: string }) => r.name)).toEqual(['super_admin']);
      expect((await anonymous(t.app).get('/api/v1/setup')).json()).toEqual({ needs_setup: false });
    } finally {
      await t.close();
    }
  });
});

export { sessionCookie };
