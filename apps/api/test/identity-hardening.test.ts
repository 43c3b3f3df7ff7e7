/**
 * Identity hardening: who may set a password, who may make an administrator, role edits that
 * reach their holders, the password policy, and the sign-in limits that slow an attacker without
 * locking the right person out (docs/admin/security/README.md, "Password policy" and
 * "Sign-in limits and lockout").
 */
import { SYSTEM_ROLES } from '@timekeeper/shared';
import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it, vi } from 'vitest';
import { ATTEMPT_RULES } from '../src/modules/auth/attempt-limits.js';
import { createTestApp, describeEachDb } from './helpers/app.js';
import { anonymous, type Client, customRole, PASSWORD, signIn, userWith } from './helpers/client.js';
import { tokenClient, useTestApp, useUser } from './helpers/fixtures.js';

const STRONG = 'violet anchor drizzle 47 tundra';
const STRONG_2 = 'marble falcon upstream 83 quiet';
const COMMON = 'password123456';

const login = (app: FastifyInstance, email: string, password: string, ip: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

async function auditActions(admin: Client, action: string, targetId: number | null): Promise<Record<string, unknown>[]> {
  const res = await admin.get(`/api/v1/audit-logs?action=${action}&per_page=100`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().audit_logs.filter((r: { target_id: string | null }) => targetId === null || r.target_id === String(targetId));
}

/** A 400 naming `path` with a plain-words message, and nothing of the strength estimator's internals. */
function expectPasswordRefused(
  res: { statusCode: number; body: string; json(): { code: string; message: string; errors?: { path: string; message: string }[] } },
  path: string,
  message: RegExp,
) {
  expect(res.statusCode, res.body).toBe(400);
  const body = res.json();
  expect(body.code).toBe('validation_error');
  expect(body.errors).toEqual([{ path, message: expect.stringMatching(message) }]);
  expect(res.body).not.toMatch(/score|guesses|zxcvbn|sequence|feedback/i);
}

describeEachDb('identity hardening', (kind) => {
  const t = useTestApp(kind);
  const superAdmin = useUser(t, ['super_admin']);
  const admin = useUser(t, ['admin']);
  afterEach(() => {
    vi.useRealTimers();
  });

  // ---------------------------------------------------------------------------------------------
  // M4

  it('M4 nobody sets their own password through PATCH /users/{id}, with a session or an admin:all token', async () => {
    const token = await tokenClient(admin, ['admin:all']);
    for (const [who, client] of [
      ['session', admin],
      ['admin:all token', token],
    ] as const) {
      const res = await client.patch(`/api/v1/users/${admin.userId}`, { password: STRONG });
      expect(res.statusCode, `${who}: ${res.body}`).toBe(403);
      expect(res.json().message).toMatch(/\/auth\/password/);
    }
    // PATCH /users/me takes no password at all.
    expect((await admin.patch('/api/v1/users/me', { password: STRONG })).statusCode).toBe(400);
    expect((await token.patch('/api/v1/users/me', { password: STRONG })).statusCode).toBe(400);
    // The password is unchanged.
    await signIn(t.app, admin.email, PASSWORD);
    await expect(signIn(t.app, admin.email, STRONG)).rejects.toThrow(/401/);
  });

  it('M4 POST /auth/password is for browser sessions only', async () => {
    const token = await tokenClient(superAdmin, ['admin:all']);
    const res = await token.post('/api/v1/auth/password', { current_password: PASSWORD, new_password: STRONG });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/browser sessions only/);
    await signIn(t.app, (await superAdmin.get('/api/v1/users/me')).json().email, PASSWORD);
  });

  it("M4 an administrator's reset of someone else's password ends their sessions and is audited", async () => {
    const target = await userWith(t.app, ['user']);
    expect((await target.get('/api/v1/users/me')).statusCode).toBe(200);
    const res = await admin.patch(`/api/v1/users/${target.userId}`, { password: STRONG });
    expect(res.statusCode, res.body).toBe(200);
    expect((await target.get('/api/v1/users/me')).statusCode).toBe(401);
    await signIn(t.app, target.email, STRONG);
    const rows = await auditActions(superAdmin, 'user.password.reset', target.userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_user_id: admin.userId });
    expect(JSON.stringify(rows[0])).not.toContain(STRONG);
  });

  // ---------------------------------------------------------------------------------------------
  // L2

  it('L2 holding every permission of the admin role does not let one grant admin or create an admin', async () => {
    await customRole(t.app, 'admin_lookalike', [...SYSTEM_ROLES.admin.permissions]);
    const lookalike = await userWith(t.app, ['admin_lookalike']);
    const target = await userWith(t.app, ['user']);
    const grant = await lookalike.put(`/api/v1/users/${target.userId}/roles`, { roles: [{ role: 'admin' }] });
    expect(grant.statusCode, grant.body).toBe(403);
    expect(grant.json().message).toMatch(/Only administrators can grant the admin role/);
    const create = await lookalike.post('/api/v1/users', {
      email: 'would-be-admin@example.test',
      name: 'Would Be',
      password: STRONG,
      roles: [{ role: 'admin' }],
    });
    expect(create.statusCode, create.body).toBe(403);
    expect(create.json().message).toMatch(/Only administrators can grant the admin role/);
    // Nor take it away from an administrator.
    const demote = await lookalike.put(`/api/v1/users/${admin.userId}/roles`, { roles: [{ role: 'user' }] });
    expect(demote.statusCode).toBe(403);
    // No legacy field makes an administrator either.
    for (const extra of [{ is_admin: true }, { role: 'admin' }, { legacy_role: 'admin' }]) {
      expect(
        (await lookalike.post('/api/v1/users', { email: 'legacy-field@example.test', name: 'Legacy Field', password: STRONG, ...extra }))
          .statusCode,
      ).toBe(400);
      expect((await lookalike.patch(`/api/v1/users/${target.userId}`, extra)).statusCode).toBe(400);
    }
    expect((await admin.get(`/api/v1/users/${target.userId}/permissions`)).json().is_admin).toBe(false);
    // What they may grant, they still can.
    expect((await lookalike.put(`/api/v1/users/${target.userId}/roles`, { roles: [{ role: 'manager' }] })).statusCode).toBe(200);
  });

  it('L2 an admin cannot grant super_admin, nor create a super admin', async () => {
    const target = await userWith(t.app, ['user']);
    const grant = await admin.put(`/api/v1/users/${target.userId}/roles`, { roles: [{ role: 'super_admin' }] });
    expect(grant.statusCode).toBe(403);
    expect(grant.json().message).toMatch(/Only super admins can grant the super_admin role/);
    const create = await admin.post('/api/v1/users', {
      email: 'would-be-super@example.test',
      name: 'Would Be',
      password: STRONG,
      roles: [{ role: 'super_admin' }],
    });
    expect(create.statusCode).toBe(403);
    expect(create.json().message).toMatch(/Only super admins can grant the super_admin role/);
    // A super admin can.
    expect((await superAdmin.put(`/api/v1/users/${target.userId}/roles`, { roles: [{ role: 'admin' }] })).statusCode).toBe(200);
  });

  // ---------------------------------------------------------------------------------------------
  // L3

  it('L3 editing a role held by a super admin is refused to a non-super-admin editor, naming the holder', async () => {
    await customRole(t.app, 'role_editor', ['manage_roles', 'view_clients', 'view_projects']);
    const editor = await userWith(t.app, ['role_editor']);
    const sharedId = await customRole(t.app, 'shared_badge', ['view_clients']);
    await userWith(t.app, ['super_admin', 'shared_badge'], 'Sue Superadmin');
    const add = await editor.patch(`/api/v1/roles/${sharedId}`, { permissions: ['view_clients', 'view_projects'] });
    expect(add.statusCode, add.body).toBe(403);
    expect(add.json().message).toMatch(/Sue Superadmin/);
    const remove = await editor.patch(`/api/v1/roles/${sharedId}`, { permissions: [] });
    expect(remove.statusCode, remove.body).toBe(403);
    expect(remove.json().message).toMatch(/Sue Superadmin/);
    expect((await superAdmin.get(`/api/v1/roles/${sharedId}`)).json().permissions).toEqual(['view_clients']);
    // A role held by people the editor may change is editable, for additions and removals.
    const plainId = await customRole(t.app, 'plain_badge', ['view_clients']);
    await userWith(t.app, ['plain_badge'], 'Pat Plain');
    expect((await editor.patch(`/api/v1/roles/${plainId}`, { permissions: ['view_clients', 'view_projects'] })).statusCode).toBe(200);
    expect((await editor.patch(`/api/v1/roles/${plainId}`, { permissions: [] })).statusCode).toBe(200);
  });

  it('L3 nobody edits a role they hold themselves', async () => {
    const ownId = await customRole(t.app, 'own_badge', ['manage_roles', 'view_clients']);
    const editor = await userWith(t.app, ['own_badge'], 'Olga Own');
    const res = await editor.patch(`/api/v1/roles/${ownId}`, { permissions: ['manage_roles'] });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/you hold it yourself/);
  });

  // ---------------------------------------------------------------------------------------------
  // L7

  it('L7 setup refuses a common password and one containing the name or email; a strong one passes', async () => {
    const fresh = await createTestApp(kind);
    try {
      const anon = anonymous(fresh.app);
      const setup = (password: string) =>
        anon.post('/api/v1/setup', { email: 'olivia.owner@example.test', name: 'Olivia Owner', password });
      expectPasswordRefused(await setup(COMMON), 'body.password', /too common/);
      expectPasswordRefused(await setup('Olivia-Owner-2031!'), 'body.password', /must not contain your name or email/);
      expectPasswordRefused(await setup('xx-olivia.owner-77'), 'body.password', /must not contain your name or email/);
      expect((await setup(STRONG)).statusCode).toBe(201);
    } finally {
      await fresh.close();
    }
  });

  it('L7 a common TK_ADMIN_PASSWORD stops the start with the policy’s words', async () => {
    await expect(createTestApp(kind, { env: { TK_ADMIN_EMAIL: 'boot@example.test', TK_ADMIN_PASSWORD: COMMON } })).rejects.toThrow(
      /too common/,
    );
  });

  it('L7 creating a user refuses a common password and one containing the name or email', async () => {
    const create = (password: string) =>
      admin.post('/api/v1/users', { email: 'quentin.quill@example.test', name: 'Quentin Quill', password });
    expectPasswordRefused(await create(COMMON), 'body.password', /too common/);
    expectPasswordRefused(await create('my name is quentin!'), 'body.password', /must not contain your name or email/);
    expect((await create(STRONG)).statusCode).toBe(201);
  });

  it("L7 an administrator's reset refuses a common password and one containing the user's name or email", async () => {
    const target = await userWith(t.app, ['user'], 'Rosalind Reset');
    const reset = (password: string) => admin.patch(`/api/v1/users/${target.userId}`, { password });
    expectPasswordRefused(await reset(COMMON), 'body.password', /too common/);
    expectPasswordRefused(await reset('rosalind 2031 spring'), 'body.password', /must not contain your name or email/);
    expect((await target.get('/api/v1/users/me')).statusCode).toBe(200); // nothing happened
    expect((await reset(STRONG)).statusCode).toBe(200);
  });

  it('L7 changing one’s password refuses a common password and one containing one’s name or email', async () => {
    const user = await userWith(t.app, ['user'], 'Theodora Change');
    const change = (new_password: string) => user.post('/api/v1/auth/password', { current_password: PASSWORD, new_password });
    expectPasswordRefused(await change(COMMON), 'body.new_password', /too common/);
    expectPasswordRefused(await change('qwertyuiop123'), 'body.new_password', /too common/);
    expectPasswordRefused(await change(`${user.email.split('@')[0]}!`), 'body.new_password', /must not contain your name or email/);
    expectPasswordRefused(await change('Theodora was here 2031'), 'body.new_password', /must not contain your name or email/);
    expect((await change(STRONG)).statusCode).toBe(204);
  });

  // ---------------------------------------------------------------------------------------------
  // L9

  it('L9 failures from one address do not keep the right person out from another', async () => {
    const victim = await userWith(t.app, ['user']);
    const attacker = '10.66.0.1';
    for (let i = 0; i < ATTEMPT_RULES.signInPair.free + 3; i++) {
      const res = await login(t.app, victim.email, `wrong guess number ${i}`, attacker);
      if (res.statusCode === 429) break;
      expect(res.statusCode).toBe(401);
    }
    const limited = await login(t.app, victim.email, PASSWORD, attacker);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ code: 'rate_limited' });
    // The right person, elsewhere, signs in.
    expect((await login(t.app, victim.email, PASSWORD, '10.66.0.2')).statusCode).toBe(200);
  });

  it('L9 an attacking address waits longer after each failure (1 s, 2 s, 4 s …) and gets 429 with Retry-After meanwhile', async () => {
    const victim = await userWith(t.app, ['user']);
    const ip = '10.67.0.1';
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const rule = ATTEMPT_RULES.signInPair;
    for (let i = 0; i < rule.free; i++) expect((await login(t.app, victim.email, 'wrong guess again', ip)).statusCode).toBe(401);
    for (const wait of [1, 2, 4, 8]) {
      const refused = await login(t.app, victim.email, 'wrong guess again', ip);
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe(String(wait));
      vi.setSystemTime(Date.now() + (wait - 0.5) * 1000);
      expect((await login(t.app, victim.email, PASSWORD, ip)).statusCode).toBe(429); // not yet, even with the right password
      vi.setSystemTime(Date.now() + 600);
      expect((await login(t.app, victim.email, 'wrong guess again', ip)).statusCode).toBe(401);
    }
    vi.setSystemTime(Date.now() + rule.maxMs);
    expect((await login(t.app, victim.email, PASSWORD, ip)).statusCode).toBe(200);
    // A success forgets the failures of that pair.
    expect((await login(t.app, victim.email, 'one more typo', ip)).statusCode).toBe(401);
  });

  it('L9 failed POST /setup attempts do not count against an account', async () => {
    const user = await userWith(t.app, ['user']);
    const ip = '10.68.0.1';
    for (let i = 0; i < 8; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { email: user.email, name: 'Nobody', password: STRONG },
        remoteAddress: ip,
      });
      expect(res.statusCode).toBe(409);
    }
    expect((await login(t.app, user.email, PASSWORD, ip)).statusCode).toBe(200);
    expect((await login(t.app, user.email, PASSWORD, '10.68.0.2')).statusCode).toBe(200);
  });

  it('L9 PATCH /users/me {email} is rate limited and its refusals are audited', async () => {
    const user = await userWith(t.app, ['user']);
    const taken = await user.patch('/api/v1/users/me', { email: admin.email });
    expect(taken.statusCode).toBe(409);
    const rows = await auditActions(superAdmin, 'user.profile.update_refused', user.userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_user_id: user.userId, after: { email: admin.email, reason: 'email_taken' } });
    let last = taken;
    for (let i = 1; i < ATTEMPT_RULES.emailChange.max + 1 && last.statusCode !== 429; i++) {
      last = await user.patch('/api/v1/users/me', { email: `probe-${i}-${user.userId}@example.test` });
    }
    expect(last.statusCode).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    // Renaming oneself is not limited.
    expect((await user.patch('/api/v1/users/me', { name: 'Still Me' })).statusCode).toBe(200);
  });

  // ---------------------------------------------------------------------------------------------
  // L4

  it('L4 a wrong current password on /auth/password is audited and, after a handful, answered 429 with Retry-After', async () => {
    const user = await userWith(t.app, ['user']);
    const wrong = () => user.post('/api/v1/auth/password', { current_password: 'not my password at all', new_password: STRONG_2 });
    const first = await wrong();
    expect(first.statusCode).toBe(400);
    const rows = await auditActions(superAdmin, 'auth.password_change_failed', user.userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_user_id: user.userId, after: { reason: 'wrong_current_password' } });
    for (let i = 1; i < ATTEMPT_RULES.passwordChange.max; i++) expect((await wrong()).statusCode).toBe(400);
    const limited = await wrong();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // While limited, even the right current password waits.
    expect((await user.post('/api/v1/auth/password', { current_password: PASSWORD, new_password: STRONG_2 })).statusCode).toBe(429);
    expect(await auditActions(superAdmin, 'auth.password_change_failed', user.userId)).toHaveLength(ATTEMPT_RULES.passwordChange.max);
  });
});
