/**
 * The account permission layer against a real database: system roles, custom roles, expiry,
 * legacy admins, escalation guards, and changes taking effect on the very next request.
 */
import { SYSTEM_ROLE_NAMES, type SystemRoleName } from '@timekeeper/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client.js';
import { users, userRoles, roles } from '../src/db/schema/index.js';
import { hashPassword } from '../src/lib/passwords.js';
import { syncCatalog } from '../src/modules/roles/catalog-sync.js';
import { eq } from 'drizzle-orm';
import { createTestApp, describeEachDb } from './helpers/app.js';
import { migrationsDir, postgresAvailable } from './helpers/db.js';
import { anonymous, type Client, customRole, PASSWORD, signIn, userWith } from './helpers/client.js';
import { authzSettled } from './helpers/authz.js';
import { useTestApp, useUser } from './helpers/fixtures.js';
import { buildApp } from '../src/app.js';
import { testConfig } from './helpers/app.js';

/**
 * One representative route per category that exists so far, and which system roles may use it.
 * Written out by hand from the system-role table in docs/admin/security/roles-and-permissions.md
 * (not computed from the presets), so a
 * wrong preset fails here.
 */
const MATRIX: { name: string; method: 'GET' | 'POST' | 'PATCH'; url: string; body?: unknown; allowed: SystemRoleName[] }[] = [
  { name: 'list users (view_users)', method: 'GET', url: '/api/v1/users', allowed: ['super_admin', 'admin', 'manager'] },
  {
    name: 'create users (create_users)',
    method: 'POST',
    url: '/api/v1/users',
    body: () => ({ email: `m${Math.random()}@example.test`, name: 'New', password: PASSWORD }),
    allowed: ['super_admin', 'admin'],
  },
  {
    name: 'see roles (view_permissions | manage_roles | manage_user_roles)',
    method: 'GET',
    url: '/api/v1/roles',
    allowed: ['super_admin', 'admin'],
  },
  { name: 'see the catalog', method: 'GET', url: '/api/v1/permissions', allowed: ['super_admin', 'admin'] },
  {
    name: 'create roles (manage_roles)',
    method: 'POST',
    url: '/api/v1/roles',
    body: () => ({ name: `r_${Math.floor(Math.random() * 1e9)}`, permissions: [] }),
    allowed: ['super_admin'],
  },
  { name: 'export roles (manage_roles)', method: 'GET', url: '/api/v1/roles/export', allowed: ['super_admin'] },
  { name: 'read the audit log (view_audit_logs)', method: 'GET', url: '/api/v1/audit-logs', allowed: ['super_admin', 'admin'] },
  {
    name: 'explain (manage_user_roles | view_permissions)',
    method: 'GET',
    url: '/api/v1/authz/explain?user_id=1&permission=view_users',
    allowed: ['super_admin', 'admin'],
  },
  { name: 'own profile', method: 'GET', url: '/api/v1/users/me', allowed: ['super_admin', 'admin', 'manager', 'user', 'viewer'] },
  {
    name: 'own permissions',
    method: 'GET',
    url: '/api/v1/users/me/permissions',
    allowed: ['super_admin', 'admin', 'manager', 'user', 'viewer'],
  },
];

describeEachDb('system roles × representative routes', (kind) => {
  const t = useTestApp(kind);
  const clients = {} as Record<SystemRoleName, Client>;
  beforeAll(async () => {
    for (const role of SYSTEM_ROLE_NAMES) clients[role] = await userWith(t.app, [role]);
  });

  for (const row of MATRIX) {
    for (const role of SYSTEM_ROLE_NAMES) {
      const expected = row.allowed.includes(role);
      it(`${role} ${expected ? 'may' : 'may not'} ${row.name}`, async () => {
        const body = typeof row.body === 'function' ? (row.body as () => unknown)() : row.body;
        const res = await clients[role].request(row.method, row.url, body);
        if (expected) expect(res.statusCode, res.body).toBeLessThan(300);
        else {
          expect(res.statusCode, res.body).toBe(403);
          expect(res.json()).toMatchObject({ error: 'Insufficient permissions', code: 'forbidden' });
          expect(typeof res.json().required_permission).toBe('string');
        }
      });
    }
  }

  it('anonymous callers get 401 on every protected route', async () => {
    for (const row of MATRIX) {
      const res = await anonymous(t.app).request(row.method, row.url, row.body === undefined ? undefined : {});
      expect(res.statusCode, row.url).toBe(401);
    }
  });
});

describeEachDb('custom roles, expiry and legacy admins', (kind) => {
  const t = useTestApp(kind);
  const superAdmin = useUser(t, ['super_admin']);

  it('several roles give the union of their permissions', async () => {
    await customRole(t.app, 'auditor', ['view_audit_logs']);
    const viewerOnly = await userWith(t.app, ['viewer']);
    const both = await userWith(t.app, ['viewer', 'auditor']);
    expect((await viewerOnly.get('/api/v1/audit-logs')).statusCode).toBe(403);
    expect((await both.get('/api/v1/audit-logs')).statusCode).toBe(200);
    const perms = (await both.get('/api/v1/users/me/permissions')).json();
    expect(perms.permissions).toEqual(expect.arrayContaining(['view_audit_logs', 'view_own_reports']));
    expect(perms.roles.map((r: { name: string }) => r.name)).toEqual(['auditor', 'viewer']);
    expect(perms).toMatchObject({ is_admin: false, scopes: null });
  });

  it('implied permissions count: edit_users implies view_users', async () => {
    await customRole(t.app, 'user_editor', ['edit_users']);
    const editor = await userWith(t.app, ['user_editor']);
    expect((await editor.get('/api/v1/users')).statusCode).toBe(200);
  });

  it('an expired assignment counts for nothing; a future one counts', async () => {
    await customRole(t.app, 'temp_auditor', ['view_audit_logs']);
    const user = await userWith(t.app, ['viewer', { role: 'temp_auditor', expires_at: new Date(Date.now() + 3_600_000).toISOString() }]);
    expect((await user.get('/api/v1/audit-logs')).statusCode).toBe(200);
    // Time passes: move the expiry into the past, as the clock would.
    await t.db.db.execute(
      sql`update user_roles set expires_at = now() - interval '1 minute' where user_id = ${user.userId} and expires_at is not null`,
    );
    await t.db.db.execute(sql`update authz_state set version = version + 1`);
    await authzSettled(t.app); // a change made outside the app: learned by notification
    expect((await user.get('/api/v1/audit-logs')).statusCode).toBe(403);
    const perms = (await user.get('/api/v1/users/me/permissions')).json();
    expect(perms.roles.map((r: { name: string }) => r.name)).toEqual(['viewer']);
  });

  it('refuses an expiry in the past when assigning', async () => {
    const user = await userWith(t.app, ['viewer']);
    const res = await superAdmin.put(`/api/v1/users/${user.userId}/roles`, {
      roles: [{ role: 'viewer', expires_at: '2000-01-01T00:00:00Z' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'body.roles.0.expires_at', message: 'must be in the future' }]);
  });

  it('a legacy admin (role column, no assignments) has everything but Administration, until migrated', async () => {
    const [legacy] = await t.db.db
      .insert(users)
      .values({ email: 'legacy@example.test', name: 'Legacy', passwordHash: await hashPassword(PASSWORD), role: 'admin' })
      .returning();
    const client = await signIn(t.app, 'legacy@example.test');
    expect((await client.get('/api/v1/users')).statusCode).toBe(200);
    expect((await client.get('/api/v1/roles')).statusCode).toBe(200); // manage_user_roles sees roles
    const denied = await client.post('/api/v1/roles', { name: 'nope', permissions: [] });
    expect(denied.json()).toMatchObject({ required_permission: 'manage_roles' });
    expect((await client.get('/api/v1/users/me/permissions')).json()).toMatchObject({ is_admin: true, roles: [] });
    const me = (await superAdmin.get(`/api/v1/users/${legacy!.id}`)).json();
    expect(me).toMatchObject({ legacy_role: 'admin', roles: [] });

    const report = await syncCatalog(t.db.db, { migrateLegacy: true, via: 'cli' });
    expect(report.legacyUsersMigrated).toEqual(['legacy@example.test: admin → admin']);
    expect((await client.get('/api/v1/users/me/permissions')).json().roles.map((r: { name: string }) => r.name)).toEqual(['admin']);
    expect((await client.get('/api/v1/users')).statusCode).toBe(200);
    // Idempotent.
    expect((await syncCatalog(t.db.db, { migrateLegacy: true, via: 'cli' })).legacyUsersMigrated).toEqual([]);
  });
});

describeEachDb('escalation guards', (kind) => {
  const t = useTestApp(kind);
  const superAdmin = useUser(t, ['super_admin']);
  const admin = useUser(t, ['admin']);

  it('nobody creates a role with a permission they lack', async () => {
    await customRole(t.app, 'role_maker', ['manage_roles', 'view_users']);
    const maker = await userWith(t.app, ['role_maker']);
    const refused = await maker.post('/api/v1/roles', { name: 'sneaky', permissions: ['view_users', 'delete_users'] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ required_permission: 'delete_users' });
    // Implied permissions count as granted: edit_users implies view_users, but edit_users itself is lacking.
    expect((await maker.post('/api/v1/roles', { name: 'sneaky2', permissions: ['edit_users'] })).json()).toMatchObject({
      required_permission: 'edit_users',
    });
    const ok = await maker.post('/api/v1/roles', { name: 'honest', permissions: ['view_users'] });
    expect(ok.statusCode).toBe(201);
    const id = ok.json().id;
    expect((await maker.patch(`/api/v1/roles/${id}`, { permissions: ['view_users', 'manage_settings'] })).json()).toMatchObject({
      required_permission: 'manage_settings',
    });
  });

  it('nobody assigns a role holding permissions they lack (an admin cannot make a super_admin)', async () => {
    const target = await userWith(t.app, ['user']);
    const res = await admin.put(`/api/v1/users/${target.userId}/roles`, { roles: [{ role: 'super_admin' }] });
    expect(res.statusCode).toBe(403);
    // Refused by rank before permissions are compared (docs/api/roles-and-permissions.md).
    expect(res.json().message).toMatch(/Only super admins can grant the super_admin role/);
    const created = await admin.post('/api/v1/users', {
      email: 'made@example.test',
      name: 'Made',
      password: PASSWORD,
      roles: [{ role: 'super_admin' }],
    });
    expect(created.statusCode).toBe(403);
    expect((await admin.put(`/api/v1/users/${target.userId}/roles`, { roles: [{ role: 'manager' }] })).statusCode).toBe(200);
  });

  it('nobody changes their own role assignments', async () => {
    const res = await superAdmin.put(`/api/v1/users/${superAdmin.userId}/roles`, { roles: [{ role: 'super_admin' }, { role: 'viewer' }] });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/your own role/);
  });

  it('an admin cannot reset, edit, deactivate or demote a super admin', async () => {
    const other = await userWith(t.app, ['super_admin']);
    for (const body of [{ password: 'a new password 123' }, { email: 'hijack@example.test' }, { is_active: false }]) {
      const res = await admin.patch(`/api/v1/users/${other.userId}`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(403);
    }
    expect((await admin.put(`/api/v1/users/${other.userId}/roles`, { roles: [{ role: 'user' }] })).statusCode).toBe(403);
    expect((await other.get('/api/v1/users/me')).statusCode).toBe(200);
  });

  it('the last active super_admin can be neither demoted nor deactivated', async () => {
    const fresh = await createTestApp(kind);
    try {
      const only = await userWith(fresh.app, ['super_admin']);
      // Someone holding every permission without being super_admin may not touch a super admin at all.
      await customRole(
        fresh.app,
        'everything',
        (await only.get('/api/v1/permissions')).json().permissions.map((p: { name: string }) => p.name),
      );
      const almighty = await userWith(fresh.app, ['everything']);
      expect((await almighty.put(`/api/v1/users/${only.userId}/roles`, { roles: [{ role: 'admin' }] })).statusCode).toBe(403);
      expect((await almighty.patch(`/api/v1/users/${only.userId}`, { is_active: false })).statusCode).toBe(403);
      // A super admin whose own assignment expires is no permanent super admin: the only
      // permanent one can be neither demoted, nor given an expiry, nor deactivated.
      const temporary = await userWith(fresh.app, [{ role: 'super_admin', expires_at: new Date(Date.now() + 3_600_000).toISOString() }]);
      const demote = await temporary.put(`/api/v1/users/${only.userId}/roles`, { roles: [{ role: 'admin' }] });
      expect(demote.statusCode).toBe(409);
      expect(demote.json().message).toMatch(/no active super_admin/);
      const expire = await temporary.put(`/api/v1/users/${only.userId}/roles`, {
        roles: [{ role: 'super_admin', expires_at: new Date(Date.now() + 60_000).toISOString() }],
      });
      expect(expire.statusCode).toBe(409); // an expiry would demote the last super admin later
      const deactivate = await temporary.patch(`/api/v1/users/${only.userId}`, { is_active: false });
      expect(deactivate.statusCode).toBe(409);
      // With a second super admin, the first can go.
      const second = await userWith(fresh.app, ['super_admin']);
      expect((await second.put(`/api/v1/users/${only.userId}/roles`, { roles: [{ role: 'admin' }] })).statusCode).toBe(200);
      expect((await fresh.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: { cookie: only.cookie! } })).statusCode).toBe(200);
    } finally {
      await fresh.close();
    }
  });

  it('the super_admin role cannot be narrowed, not even by a super admin', async () => {
    const sa = (await superAdmin.get('/api/v1/roles')).json().roles.find((r: { name: string }) => r.name === 'super_admin');
    const res = await superAdmin.patch(`/api/v1/roles/${sa.id}`, { permissions: [] });
    expect(res.statusCode).toBe(409);
    expect((await superAdmin.get(`/api/v1/roles/${sa.id}`)).json().permissions).toHaveLength(sa.permissions.length);
  });

  it('emptying the roles of a legacy admin does not revive the legacy admin rights', async () => {
    const { hashPassword } = await import('../src/lib/passwords.js');
    const [legacy] = await t.db.db
      .insert(users)
      .values({ email: 'legacy2@example.test', name: 'Legacy', passwordHash: await hashPassword(PASSWORD), role: 'admin' })
      .returning();
    await customRole(t.app, 'assigner', ['manage_user_roles']);
    const assigner = await userWith(t.app, ['assigner']);
    // The assigner holds fewer permissions than a legacy admin: refused.
    expect((await assigner.put(`/api/v1/users/${legacy!.id}/roles`, { roles: [] })).statusCode).toBe(403);
    // A super admin may; afterwards the user has exactly the roles given, no legacy rights.
    expect((await superAdmin.put(`/api/v1/users/${legacy!.id}/roles`, { roles: [{ role: 'viewer' }] })).statusCode).toBe(200);
    expect((await superAdmin.put(`/api/v1/users/${legacy!.id}/roles`, { roles: [] })).statusCode).toBe(200);
    const client = await signIn(t.app, 'legacy2@example.test');
    expect((await client.get('/api/v1/users/me/permissions')).json()).toMatchObject({ is_admin: false, permissions: [] });
  });

  it('nobody deactivates themselves', async () => {
    const res = await admin.patch(`/api/v1/users/${admin.userId}`, { is_active: false });
    expect(res.statusCode).toBe(409);
  });
});

describeEachDb('changes take effect on the next request, without re-login', (kind) => {
  const t = useTestApp(kind);
  let superAdmin: Client;
  beforeAll(async () => {
    superAdmin = await userWith(t.app, ['super_admin']);
  });

  it('removing a permission from a role', async () => {
    const roleId = await customRole(t.app, 'log_reader', ['view_audit_logs']);
    const user = await userWith(t.app, ['log_reader']);
    expect((await user.get('/api/v1/audit-logs')).statusCode).toBe(200);
    expect((await superAdmin.patch(`/api/v1/roles/${roleId}`, { permissions: [] })).statusCode).toBe(200);
    expect((await user.get('/api/v1/audit-logs')).statusCode).toBe(403);
    expect((await superAdmin.patch(`/api/v1/roles/${roleId}`, { permissions: ['view_audit_logs'] })).statusCode).toBe(200);
    expect((await user.get('/api/v1/audit-logs')).statusCode).toBe(200);
  });

  it('changing a user’s role assignments', async () => {
    const user = await userWith(t.app, ['viewer']);
    expect((await user.get('/api/v1/users')).statusCode).toBe(403);
    expect((await superAdmin.put(`/api/v1/users/${user.userId}/roles`, { roles: [{ role: 'manager' }] })).statusCode).toBe(200);
    expect((await user.get('/api/v1/users')).statusCode).toBe(200);
    expect((await superAdmin.put(`/api/v1/users/${user.userId}/roles`, { roles: [] })).statusCode).toBe(200);
    expect((await user.get('/api/v1/users')).statusCode).toBe(403);
  });
});

// PostgreSQL only by nature: PGlite is embedded in one process and cannot be shared.
describe.skipIf(!postgresAvailable())('two API instances on one PostgreSQL database', () => {
  it('see each other’s changes within 1 s, without a request', async () => {
    const a = await createTestApp('postgres');
    const url = (a.db as typeof a.db & { url: string }).url;
    const second = await createDb({ kind: 'postgres', url, poolSize: 3 });
    const { config, cleanup } = testConfig();
    const b = await buildApp({ config, db: second, logger: false });
    try {
      await second.migrate(migrationsDir);
      const superAdmin = await userWith(a.app, ['super_admin']);
      const roleId = await customRole(a.app, 'reader', ['view_audit_logs']);
      const user = await userWith(a.app, ['reader']);
      const onB = user.on(b);
      expect((await onB.get('/api/v1/audit-logs')).statusCode).toBe(200); // B caches the user now
      expect((await superAdmin.patch(`/api/v1/roles/${roleId}`, { permissions: [] })).statusCode).toBe(200);
      await authzSettled(b);
      expect((await onB.get('/api/v1/audit-logs')).statusCode).toBe(403);
      // Deactivation on A ends the session on B.
      expect((await superAdmin.patch(`/api/v1/users/${user.userId}`, { is_active: false })).statusCode).toBe(200);
      await authzSettled(b);
      expect((await onB.get('/api/v1/users/me')).statusCode).toBe(401);
      // Logout on B ends the session on A.
      const other = await userWith(a.app, ['viewer']);
      expect((await other.get('/api/v1/users/me')).statusCode).toBe(200); // A caches the session now
      expect((await other.on(b).post('/api/v1/auth/logout')).statusCode).toBe(204);
      await authzSettled(a.app);
      expect((await other.get('/api/v1/users/me')).statusCode).toBe(401);
    } finally {
      await b.close();
      await second.close();
      cleanup();
      await a.close();
    }
  });
});

describeEachDb('roles: CRUD, system roles, export and import', (kind) => {
  const t = useTestApp(kind);
  const superAdmin = useUser(t, ['super_admin']);

  it('lists the five system roles with statistics and user counts', async () => {
    const body = (await superAdmin.get('/api/v1/roles')).json();
    const system = body.roles.filter((r: { is_system_role: boolean }) => r.is_system_role).map((r: { name: string }) => r.name);
    expect(system.sort()).toEqual([...SYSTEM_ROLE_NAMES].sort());
    expect(body.statistics).toMatchObject({ system_roles: 5 });
    expect(body.roles.find((r: { name: string }) => r.name === 'super_admin').user_count).toBeGreaterThanOrEqual(1);
  });

  it('creates, renames and deletes a custom role; refuses duplicates and deleting a role in use', async () => {
    const created = await superAdmin.post('/api/v1/roles', {
      name: 'invoice_clerk',
      description: 'Invoices only',
      permissions: ['create_invoices', 'send_invoices'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'invoice_clerk',
      is_system_role: false,
      permissions: ['create_invoices', 'send_invoices'],
      user_count: 0,
    });
    const id = created.json().id;
    expect((await superAdmin.post('/api/v1/roles', { name: 'invoice_clerk', permissions: [] })).statusCode).toBe(409);
    expect((await superAdmin.post('/api/v1/roles', { name: 'Bad Name', permissions: [] })).statusCode).toBe(400);
    expect((await superAdmin.post('/api/v1/roles', { name: 'typo', permissions: ['create_invoice'] })).json().errors).toEqual([
      { path: 'body.permissions.0', message: 'unknown permission "create_invoice"' },
    ]);
    const details = (await superAdmin.get(`/api/v1/roles/${id}/permissions`)).json();
    expect(details).toMatchObject({ role_id: id, name: 'invoice_clerk', is_system_role: false });
    expect(details.permissions.map((p: { name: string }) => p.name)).toEqual(['create_invoices', 'send_invoices']);

    const holder = await userWith(t.app, ['invoice_clerk']);
    const inUse = await superAdmin.delete(`/api/v1/roles/${id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toMatchObject({
      user_count: 1,
      expired_assignment_count: 0,
      message: 'The role still has 1 user; remove those assignments first',
    });
    // An expired assignment is no longer counted as a user of the role, but it still blocks deletion, and says so.
    await t.db.db.execute(
      sql`update user_roles set expires_at = now() - interval '1 minute' where user_id = ${holder.userId} and role_id = ${id}`,
    );
    expect((await superAdmin.get(`/api/v1/roles/${id}`)).json().user_count).toBe(0);
    expect((await superAdmin.delete(`/api/v1/roles/${id}`)).json()).toMatchObject({
      user_count: 0,
      expired_assignment_count: 1,
      message: 'The role still has 1 expired assignment; remove those assignments first',
    });
    expect((await superAdmin.put(`/api/v1/users/${holder.userId}/roles`, { roles: [{ role: 'user' }] })).statusCode).toBe(200);
    expect((await superAdmin.patch(`/api/v1/roles/${id}`, { name: 'billing_clerk' })).json().name).toBe('billing_clerk');
    expect((await superAdmin.delete(`/api/v1/roles/${id}`)).statusCode).toBe(204);
    expect((await superAdmin.get(`/api/v1/roles/${id}`)).statusCode).toBe(404);
  });

  it('system roles are never deleted or renamed; their permissions change only with manage_permissions', async () => {
    const manager = (await superAdmin.get('/api/v1/roles')).json().roles.find((r: { name: string }) => r.name === 'manager');
    expect((await superAdmin.delete(`/api/v1/roles/${manager.id}`)).statusCode).toBe(409);
    expect((await superAdmin.patch(`/api/v1/roles/${manager.id}`, { name: 'boss' })).statusCode).toBe(409);
    await customRole(t.app, 'role_admin', ['manage_roles', 'view_users']);
    const roleAdmin = await userWith(t.app, ['role_admin']);
    const refused = await roleAdmin.patch(`/api/v1/roles/${manager.id}`, { permissions: ['view_users'] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ required_permission: 'manage_permissions' });
  });

  it('a default removed from a system role stays removed through update-permissions', async () => {
    const manager = (await superAdmin.get('/api/v1/roles')).json().roles.find((r: { name: string }) => r.name === 'manager');
    const without = manager.permissions.filter((p: string) => p !== 'view_users');
    expect((await superAdmin.patch(`/api/v1/roles/${manager.id}`, { permissions: without })).statusCode).toBe(200);
    const report = await syncCatalog(t.db.db, { migrateLegacy: false, via: 'cli' });
    expect(report.rolePermissionsAdded).toEqual([]);
    expect((await superAdmin.get(`/api/v1/roles/${manager.id}`)).json().permissions).not.toContain('view_users');
  });

  it('exports and re-imports role definitions, all or nothing', async () => {
    await customRole(t.app, 'exported_role', ['view_clients']);
    const exported = (await superAdmin.get('/api/v1/roles/export')).json();
    expect(exported.format).toBe('timekeeper.roles.v1');
    const role = exported.roles.find((r: { name: string }) => r.name === 'exported_role');
    expect(role).toEqual({ name: 'exported_role', description: '', is_system_role: false, permissions: ['view_clients'] });

    const result = await superAdmin.post('/api/v1/roles/import', {
      format: exported.format,
      roles: [
        { ...role, permissions: ['view_clients', 'create_clients'] },
        { name: 'imported_role', permissions: ['view_users'] },
      ],
    });
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json()).toEqual({ created: ['imported_role'], updated: ['exported_role'], unchanged: [] });

    const bad = await superAdmin.post('/api/v1/roles/import', {
      format: exported.format,
      roles: [
        { name: 'partial_one', permissions: [] },
        { name: 'partial_two', permissions: ['nope'] },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect((await superAdmin.get('/api/v1/roles')).json().roles.map((r: { name: string }) => r.name)).not.toContain('partial_one');
  });
});

describeEachDb('the audit log', (kind) => {
  const t = useTestApp(kind);
  const superAdmin = useUser(t, ['super_admin']);

  it('records who changed what, before and after, from which IP, in the same transaction', async () => {
    const target = await userWith(t.app, ['viewer']);
    await superAdmin.put(`/api/v1/users/${target.userId}/roles`, { roles: [{ role: 'user' }] });
    const res = await superAdmin.get(`/api/v1/audit-logs?action=user.roles.update&target_id=${target.userId}`);
    expect(res.statusCode).toBe(200);
    const [entry] = res.json().audit_logs;
    expect(entry).toMatchObject({
      actor_user_id: superAdmin.userId,
      via: 'session',
      action: 'user.roles.update',
      target_type: 'user',
      target_id: String(target.userId),
      ip: '127.0.0.1',
      before: { roles: [expect.objectContaining({ name: 'viewer' })] },
      after: { roles: [expect.objectContaining({ name: 'user' })] },
    });
    expect(entry.request_id).toBeTruthy();
    // The actor by name now, beside the address they had then.
    const me = (await superAdmin.get('/api/v1/users/me')).json();
    expect(entry).toMatchObject({ actor_email: me.email, actor_name: me.name });
    const systemRows = (await superAdmin.get('/api/v1/audit-logs?action=permissions.*')).json().audit_logs;
    expect(systemRows.length).toBeGreaterThan(0);
    for (const row of systemRows) expect(row).toMatchObject({ actor_user_id: null, actor_name: null });

    const roleChanges = await superAdmin.get('/api/v1/audit-logs?action=role.*');
    expect(roleChanges.statusCode).toBe(200);
  });

  it('a refused change leaves no audit entry', async () => {
    const before = (await superAdmin.get('/api/v1/audit-logs?action=role.create')).json().pagination.total;
    await superAdmin.post('/api/v1/roles', { name: 'x', permissions: [] }); // invalid name: 400
    expect((await superAdmin.get('/api/v1/audit-logs?action=role.create')).json().pagination.total).toBe(before);
  });

  it('cannot be written through the API nor changed in the database', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await superAdmin.request(method, '/api/v1/audit-logs', method === 'DELETE' ? undefined : {});
      expect(res.statusCode, method).toBe(404);
    }
    const refusal = async (statement: ReturnType<typeof sql>) => {
      const err = await t.db.db.execute(statement).then(
        () => null,
        (e: Error & { cause?: Error }) => e,
      );
      return String(err?.cause?.message ?? err?.message);
    };
    expect(await refusal(sql`update audit_logs set action = 'forged'`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from audit_logs`)).toMatch(/append-only/);
  });

  it('paginates and refuses pages out of range', async () => {
    expect((await superAdmin.get('/api/v1/audit-logs?per_page=101')).statusCode).toBe(400);
    expect((await superAdmin.get('/api/v1/audit-logs?page=0')).statusCode).toBe(400);
    expect((await superAdmin.get('/api/v1/audit-logs?page=9999')).statusCode).toBe(400);
    const page = (await superAdmin.get('/api/v1/audit-logs?per_page=1')).json();
    expect(page.audit_logs).toHaveLength(1);
    expect(page.pagination).toMatchObject({ page: 1, per_page: 1 });
  });
});

describeEachDb('explain and effective permissions', (kind) => {
  const t = useTestApp(kind);
  const superAdmin = useUser(t, ['super_admin']);

  it('names the role that grants a permission, directly or by implication', async () => {
    const manager = await userWith(t.app, ['manager']);
    const direct = (await superAdmin.get(`/api/v1/authz/explain?user_id=${manager.userId}&permission=view_users`)).json();
    expect(direct).toMatchObject({ allowed: true, reasons: [{ kind: 'role', role_name: 'manager', via: 'direct' }] });
    const implied = (await superAdmin.get(`/api/v1/authz/explain?user_id=${manager.userId}&permission=view_own_time_entries`)).json();
    expect(implied.reasons[0]).toMatchObject({ role_name: 'manager', via: 'implied', implied_by: 'view_all_time_entries' });
    const no = (await superAdmin.get(`/api/v1/authz/explain?user_id=${manager.userId}&permission=delete_users`)).json();
    expect(no).toMatchObject({ allowed: false, blockers: [{ kind: 'not_granted' }] });
    expect((await superAdmin.get(`/api/v1/authz/explain?user_id=${manager.userId}&permission=fly`)).statusCode).toBe(400);
    expect((await superAdmin.get('/api/v1/authz/explain?user_id=999999&permission=view_users')).statusCode).toBe(404);
  });

  it('reports an expired assignment as the reason for a denial', async () => {
    await customRole(t.app, 'was_auditor', ['view_audit_logs']);
    const user = await userWith(t.app, [{ role: 'was_auditor', expires_at: new Date(Date.now() + 60_000).toISOString() }]);
    await t.db.db.execute(sql`update user_roles set expires_at = now() - interval '1 day' where user_id = ${user.userId}`);
    const res = (await superAdmin.get(`/api/v1/authz/explain?user_id=${user.userId}&permission=view_audit_logs`)).json();
    expect(res).toMatchObject({ allowed: false, blockers: [{ kind: 'expired_assignment', role_name: 'was_auditor' }] });
  });

  it('GET /users/{id}/permissions answers for yourself, for view_users holders, and 404 for others', async () => {
    const viewer = await userWith(t.app, ['viewer']);
    const other = await userWith(t.app, ['user']);
    const own = await viewer.get(`/api/v1/users/${viewer.userId}/permissions`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ user_id: viewer.userId, username: viewer.email, roles: [{ name: 'viewer' }] });
    expect(own.json().permissions[0]).toEqual(
      expect.objectContaining({ id: expect.any(Number), name: expect.any(String), description: expect.any(String) }),
    );
    expect((await viewer.get(`/api/v1/users/${other.userId}/permissions`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/v1/users/${other.userId}`)).statusCode).toBe(404);
    expect((await superAdmin.get(`/api/v1/users/${other.userId}/permissions`)).statusCode).toBe(200);
  });
});

describe('update-permissions and seed-permissions', () => {
  it('are idempotent: the second run reports no changes', async () => {
    const t = await createTestApp('pglite');
    try {
      // Start-up already synced; both commands now have nothing to do.
      const update = await syncCatalog(t.db.db, { migrateLegacy: false, via: 'cli' });
      const seed = await syncCatalog(t.db.db, { migrateLegacy: true, via: 'cli' });
      for (const r of [update, seed]) expect(Object.values(r).flat()).toEqual([]);
      // A permission that disappeared from the catalog is removed everywhere, custom roles included.
      await t.db.db.execute(sql`insert into permissions (name, description, category) values ('retired_permission', 'old', 'system')`);
      const roleId = await customRole(t.app, 'keeps_old', []);
      await t.db.db.execute(
        sql`insert into role_permissions (role_id, permission_id) select ${roleId}, id from permissions where name = 'retired_permission'`,
      );
      const cleaned = await syncCatalog(t.db.db, { migrateLegacy: false, via: 'cli' });
      expect(cleaned.permissionsRemoved).toEqual(['retired_permission']);
      const [row] = await t.db.db.select().from(roles).where(eq(roles.id, roleId));
      expect(row).toBeDefined();
      expect((await t.db.db.select().from(userRoles)).length).toBeGreaterThanOrEqual(0);
    } finally {
      await t.close();
    }
  });
});
