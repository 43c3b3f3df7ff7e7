import { describe, expect, it } from 'vitest';
import { accountAccess, decide, decideProjectAction, projectAccess, type RoleGrant } from './decide.js';
import { PERMISSIONS, type Permission } from './permissions.js';
import { describeLevel, NO_FLAGS, PROJECT_LEVELS, type ProjectFlags } from './project-access.js';
import { SYSTEM_ROLES } from './roles.js';

const now = new Date('2026-06-01T12:00:00Z');
const grant = (roleName: keyof typeof SYSTEM_ROLES | string, permissions: readonly string[], expiresAt: Date | null = null, isSystemRole = true): RoleGrant => ({
  roleId: 1,
  roleName,
  isSystemRole,
  permissions,
  expiresAt,
});

describe('accountAccess', () => {
  it('unions active assignments and ignores expired ones', () => {
    const a = accountAccess(
      {
        isActive: true,
        legacyRole: null,
        assignments: [grant('viewer', SYSTEM_ROLES.viewer.permissions), grant('invoicer', ['create_invoices'], new Date('2026-05-31T00:00:00Z'), false)],
      },
      now,
    );
    expect(a.permissions.has('view_own_reports')).toBe(true);
    expect(a.permissions.has('create_invoices')).toBe(false);
    expect(a.isAdmin).toBe(false);
  });

  it('an assignment expiring exactly now counts for nothing', () => {
    const a = accountAccess({ isActive: true, legacyRole: null, assignments: [grant('x', ['view_users'], now, false)] }, now);
    expect(a.permissions.size).toBe(0);
  });

  it('legacy admin without assignments has everything but Administration', () => {
    const a = accountAccess({ isActive: true, legacyRole: 'admin', assignments: [] }, now);
    expect(a.isAdmin).toBe(true);
    expect(a.permissions.has('manage_user_roles')).toBe(true);
    expect(a.permissions.has('manage_roles')).toBe(false);
    expect(a.permissions.has('view_permissions')).toBe(false);
  });

  it('a custom role named "admin"-like does not make an admin; only the system roles do', () => {
    const everything = Object.keys(PERMISSIONS) as Permission[];
    expect(accountAccess({ isActive: true, legacyRole: null, assignments: [grant('admin', everything, null, false)] }, now).isAdmin).toBe(false);
    expect(accountAccess({ isActive: true, legacyRole: null, assignments: [grant('admin', SYSTEM_ROLES.admin.permissions)] }, now).isAdmin).toBe(true);
  });

  it('an inactive user has nothing', () => {
    const a = accountAccess({ isActive: false, legacyRole: 'admin', assignments: [grant('super_admin', SYSTEM_ROLES.super_admin.permissions)] }, now);
    expect(a.permissions.size).toBe(0);
    expect(a.isAdmin).toBe(false);
  });
});

describe('decide (route layers)', () => {
  const perms = new Set<Permission>(['view_projects']);
  it('checks the scope first, then the permission', () => {
    expect(decide({ permissions: perms, scopes: ['read:projects'] }, { scope: 'write:projects', permission: 'create_projects' })).toEqual({
      allowed: false,
      layer: 'scope',
      requiredScope: 'write:projects',
      availableScopes: ['read:projects'],
    });
    expect(decide({ permissions: perms, scopes: ['write:projects'] }, { scope: 'write:projects', permission: 'create_projects' })).toEqual({
      allowed: false,
      layer: 'permission',
      requiredPermission: 'create_projects',
    });
  });
  it('a token never exceeds its owner: admin:all does not add permissions', () => {
    expect(decide({ permissions: perms, scopes: ['admin:all'] }, { scope: 'write:projects', permission: 'create_projects' }).allowed).toBe(false);
  });
  it('sessions are not subject to scopes', () => {
    expect(decide({ permissions: perms, scopes: null }, { scope: 'read:projects', permission: 'view_projects' }).allowed).toBe(true);
  });
  it('anyOf and allOf', () => {
    expect(decide({ permissions: perms, scopes: null }, { permission: { anyOf: ['view_users', 'view_projects'] } }).allowed).toBe(true);
    expect(decide({ permissions: perms, scopes: null }, { permission: { allOf: ['view_projects', 'view_users'] } })).toMatchObject({ requiredPermission: 'view_users' });
  });
});

describe("the seed's response mapping (access_level, permissions_label)", () => {
  const some: ProjectFlags = { ...NO_FLAGS, can_post: true };
  it.each([
    ['admin', NO_FLAGS, 'admin', 'edit'],
    ['edit_financials', NO_FLAGS, 'financial', 'edit'],
    ['view_financials', NO_FLAGS, 'financial', 'view_only'],
    ['view_financials', some, 'financial', 'view_with_custom'],
    ['edit_time_and_expenses', NO_FLAGS, 'time_logging', 'edit'],
    ['view_time_and_expenses', NO_FLAGS, 'time_logging', 'view_only'],
    ['view_time_and_expenses', some, 'time_logging', 'view_with_custom'],
    ['edit_tasks', some, 'collaboration', 'edit'],
    ['view_tasks', NO_FLAGS, 'collaboration', 'view_only'],
    ['view_tasks', some, 'collaboration', 'view_with_custom'],
  ] as const)('%s %o → %s / %s', (level, flags, access_level, permissions_label) => {
    expect(describeLevel(level, flags)).toEqual({ access_level, permissions_label });
  });
});

describe('project access', () => {
  const none = new Set<Permission>();
  const member = (level: (typeof PROJECT_LEVELS)[number], flags: Partial<ProjectFlags> = {}) => projectAccess({ isAdmin: false, permissions: none }, { level, flags: { ...NO_FLAGS, ...flags } });

  it('each level allows its row and the level below does not (SPEC §4.4)', () => {
    const rows = [
      ['edit_tasks', 'edit_tasks'],
      ['view_team_time', 'view_time_and_expenses'],
      ['log_own_time', 'edit_time_and_expenses'],
      ['view_financials', 'view_financials'],
      ['edit_financials', 'edit_financials'],
      ['approve_time', 'edit_financials'],
      ['invoice', 'edit_financials'],
      ['manage_members', 'admin'],
    ] as const;
    for (const [action, minimum] of rows) {
      const idx = PROJECT_LEVELS.indexOf(minimum);
      expect(decideProjectAction(action, member(minimum), { permissions: none }).allowed, `${action} at ${minimum}`).toBe(true);
      expect(decideProjectAction(action, member(PROJECT_LEVELS[idx - 1]!), { permissions: none }).allowed, `${action} below ${minimum}`).toBe(false);
    }
  });

  it('flags open their action below the level', () => {
    expect(decideProjectAction('log_own_time', member('view_tasks', { can_edit_time: true }), { permissions: none })).toEqual({ allowed: true, reason: { kind: 'flag', flag: 'can_edit_time' } });
    expect(decideProjectAction('post_activity', member('view_tasks', { can_post: true }), { permissions: none }).allowed).toBe(true);
    expect(decideProjectAction('invite_members', member('view_tasks', { can_invite: true }), { permissions: none }).allowed).toBe(true);
  });

  it('a non-member sees nothing, unless an account permission raises the level', () => {
    expect(projectAccess({ isAdmin: false, permissions: none }, null).level).toBeNull();
    const viewer = projectAccess({ isAdmin: false, permissions: new Set<Permission>(['view_all_projects']) }, null);
    expect(viewer).toMatchObject({ level: 'view_tasks', levelSource: 'permission:view_all_projects' });
    const costs = projectAccess({ isAdmin: false, permissions: new Set<Permission>(['manage_project_costs', 'view_all_projects']) }, { level: 'view_tasks', flags: NO_FLAGS });
    expect(costs.level).toBe('edit_financials');
  });

  it('account admins act as project admin everywhere', () => {
    expect(projectAccess({ isAdmin: true, permissions: none }, null)).toMatchObject({ level: 'admin', levelSource: 'account_admin' });
  });
});
