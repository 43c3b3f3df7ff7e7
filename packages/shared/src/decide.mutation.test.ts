/**
 * The decision function, pinned down where the example and property tests leave room. Written
 * against the surviving mutants of `pnpm test:mutation` (docs/development/testing.md, "Mutation testing").
 */
import { describe, expect, it } from 'vitest';
import {
  accountAccess,
  decideProjectAction,
  describeProjectAccess,
  describeRequirement,
  displayLevel,
  hasPermission,
  projectAccess,
  requirementPermissions,
  type Participation,
  type RoleGrant,
} from './decide.js';
import type { Permission } from './permissions.js';
import { NO_FLAGS, type PROJECT_LEVELS, type ProjectFlags } from './project-access.js';
import { SYSTEM_ROLES } from './roles.js';

const now = new Date('2026-06-01T12:00:00Z');
const grant = (roleName: string, permissions: readonly string[], isSystemRole = true): RoleGrant => ({
  roleId: 7,
  roleName,
  isSystemRole,
  permissions,
  expiresAt: null,
});
const perms = (...p: Permission[]) => new Set<Permission>(p);

describe('accountAccess: the flags and assignments it reports', () => {
  it('an inactive user is neither admin nor legacy admin and has no active assignment', () => {
    const a = accountAccess(
      { isActive: false, legacyRole: 'admin', assignments: [grant('super_admin', SYSTEM_ROLES.super_admin.permissions)] },
      now,
    );
    expect(a).toEqual({ isAdmin: false, isLegacyAdmin: false, permissions: new Set(), activeAssignments: [] });
  });

  it('a legacy admin without role assignments is an admin, marked legacy, with no active assignment', () => {
    const a = accountAccess({ isActive: true, legacyRole: 'admin', assignments: [] }, now);
    expect(a.isAdmin).toBe(true);
    expect(a.isLegacyAdmin).toBe(true);
    expect(a.activeAssignments).toEqual([]);
  });

  it('a legacy admin with role assignments is judged by the assignments, not marked legacy', () => {
    const viewer = grant('viewer', SYSTEM_ROLES.viewer.permissions);
    const a = accountAccess({ isActive: true, legacyRole: 'admin', assignments: [viewer] }, now);
    expect(a.isAdmin).toBe(false);
    expect(a.isLegacyAdmin).toBe(false);
    expect(a.activeAssignments).toEqual([viewer]);
  });

  it('a system admin role holder is an admin but not a legacy admin', () => {
    const a = accountAccess({ isActive: true, legacyRole: null, assignments: [grant('admin', SYSTEM_ROLES.admin.permissions)] }, now);
    expect(a.isAdmin).toBe(true);
    expect(a.isLegacyAdmin).toBe(false);
  });
});

describe('hasPermission', () => {
  it('is true exactly when no permission of the requirement is missing', () => {
    const held = perms('view_users', 'view_projects');
    expect(hasPermission(held, 'view_users')).toBe(true);
    expect(hasPermission(held, 'edit_users')).toBe(false);
    expect(hasPermission(held, { anyOf: ['edit_users', 'view_projects'] })).toBe(true);
    expect(hasPermission(held, { anyOf: ['edit_users', 'delete_users'] })).toBe(false);
    expect(hasPermission(held, { allOf: ['view_users', 'view_projects'] })).toBe(true);
    expect(hasPermission(held, { allOf: ['view_users', 'edit_users'] })).toBe(false);
  });
});

describe('requirementPermissions and describeRequirement', () => {
  it('list the permissions a requirement names, in order', () => {
    expect(requirementPermissions('view_users')).toEqual(['view_users']);
    expect(requirementPermissions({ anyOf: ['view_all_invoices', 'manage_project_costs'] })).toEqual([
      'view_all_invoices',
      'manage_project_costs',
    ]);
    expect(requirementPermissions({ allOf: ['create_invoices', 'view_all_invoices'] })).toEqual(['create_invoices', 'view_all_invoices']);
  });

  it('put a requirement in words', () => {
    expect(describeRequirement('view_users')).toBe("'view_users'");
    expect(describeRequirement({ anyOf: ['view_all_invoices', 'manage_project_costs'] })).toBe(
      "'view_all_invoices' or 'manage_project_costs'",
    );
    expect(describeRequirement({ allOf: ['create_invoices', 'view_all_invoices'] })).toBe("'create_invoices' and 'view_all_invoices'");
  });
});

describe('projectAccess: where the level and the flags come from', () => {
  const flags: ProjectFlags = { ...NO_FLAGS, can_post: true, can_invite: true };
  const participation: Participation = { level: 'edit_tasks', flags };

  it('a member gets the participation level and flags, from the participation', () => {
    expect(projectAccess({ isAdmin: false, permissions: perms() }, participation)).toEqual({
      level: 'edit_tasks',
      levelSource: 'participation',
      visible: true,
      visibleThrough: 'participation',
      flags,
      participation,
    });
  });

  it('an account admin is project admin; as a member, keeps the membership flags', () => {
    expect(projectAccess({ isAdmin: true, permissions: perms() }, participation)).toEqual({
      level: 'admin',
      levelSource: 'account_admin',
      visible: true,
      visibleThrough: 'account_admin',
      flags,
      participation,
    });
    expect(projectAccess({ isAdmin: true, permissions: perms() }, null).flags).toEqual(NO_FLAGS);
  });

  it('a non-member has no flags at all', () => {
    expect(projectAccess({ isAdmin: false, permissions: perms() }, null).flags).toEqual(NO_FLAGS);
    expect(projectAccess({ isAdmin: false, permissions: perms('view_all_projects') }, null).flags).toEqual(NO_FLAGS);
  });
});

describe('decideProjectAction: the reason it gives', () => {
  const member = (level: (typeof PROJECT_LEVELS)[number]) =>
    projectAccess({ isAdmin: false, permissions: perms() }, { level, flags: NO_FLAGS });
  const seeing = (...p: Permission[]) => projectAccess({ isAdmin: false, permissions: perms('view_all_projects', ...p) }, null);

  it('a sufficient level gives the level reason with the rule minimum', () => {
    expect(decideProjectAction('edit_tasks', member('admin'), { permissions: perms() })).toEqual({
      allowed: true,
      reason: { kind: 'level', minimum: 'edit_tasks' },
    });
    expect(decideProjectAction('invoice', member('edit_financials'), { permissions: perms() })).toEqual({
      allowed: true,
      reason: { kind: 'level', minimum: 'edit_financials' },
    });
  });

  it('an anyOf permission reason names the permission actually held, not the first listed', () => {
    expect(
      decideProjectAction('view_financials', seeing('manage_project_costs'), {
        permissions: perms('view_all_projects', 'manage_project_costs'),
      }),
    ).toEqual({
      allowed: true,
      reason: { kind: 'permission', permission: 'manage_project_costs' },
    });
    expect(
      decideProjectAction('view_financials', seeing('view_all_invoices'), { permissions: perms('view_all_projects', 'view_all_invoices') }),
    ).toEqual({
      allowed: true,
      reason: { kind: 'permission', permission: 'view_all_invoices' },
    });
  });

  it('a single permission reason names it', () => {
    expect(decideProjectAction('view_team_time', seeing(), { permissions: perms('view_all_projects', 'view_all_time_entries') })).toEqual({
      allowed: true,
      reason: { kind: 'permission', permission: 'view_all_time_entries' },
    });
  });

  it('an allOf permission needs every one of them; its reason names them all', () => {
    const both = perms('view_all_projects', 'create_invoices', 'view_all_invoices');
    expect(decideProjectAction('invoice', seeing(), { permissions: both })).toEqual({
      allowed: true,
      reason: { kind: 'permission', permission: 'create_invoices', allOf: ['create_invoices', 'view_all_invoices'] },
    });
    for (const one of ['create_invoices', 'view_all_invoices'] as const) {
      expect(decideProjectAction('invoice', seeing(), { permissions: perms('view_all_projects', one) })).toEqual({
        allowed: false,
        minimum: 'edit_financials',
        permission: { allOf: ['create_invoices', 'view_all_invoices'] },
        unseen: false,
      });
    }
  });

  it('seeing a project and its tasks needs only the lowest level; posting needs edit_tasks or the can_post flag', () => {
    const hidden = projectAccess({ isAdmin: false, permissions: perms() }, null);
    for (const action of ['view_project', 'view_tasks'] as const) {
      expect(decideProjectAction(action, member('view_tasks'), { permissions: perms() })).toEqual({
        allowed: true,
        reason: { kind: 'level', minimum: 'view_tasks' },
      });
      expect(decideProjectAction(action, hidden, { permissions: perms() })).toMatchObject({
        allowed: false,
        minimum: 'view_tasks',
        unseen: true,
      });
    }
    expect(decideProjectAction('post_activity', member('view_tasks'), { permissions: perms() })).toEqual({
      allowed: false,
      minimum: 'edit_tasks',
      permission: null,
      unseen: false,
    });
    expect(decideProjectAction('post_activity', member('edit_tasks'), { permissions: perms() })).toEqual({
      allowed: true,
      reason: { kind: 'level', minimum: 'edit_tasks' },
    });
  });

  it('a refusal names the minimum, the permission that would also do, and whether the project is unseen', () => {
    const hidden = projectAccess({ isAdmin: false, permissions: perms() }, null);
    expect(decideProjectAction('manage_members', member('edit_financials'), { permissions: perms() })).toEqual({
      allowed: false,
      minimum: 'admin',
      permission: null,
      unseen: false,
    });
    expect(decideProjectAction('view_team_time', hidden, { permissions: perms('view_all_time_entries') })).toEqual({
      allowed: false,
      minimum: 'view_time_and_expenses',
      permission: 'view_all_time_entries',
      unseen: true,
    });
  });
});

describe('displayLevel and describeProjectAccess', () => {
  it('a member shows the membership level and its response pair', () => {
    const access = projectAccess(
      { isAdmin: false, permissions: perms() },
      { level: 'view_financials', flags: { ...NO_FLAGS, can_post: true } },
    );
    expect(displayLevel(access)).toBe('view_financials');
    expect(describeProjectAccess(access)).toEqual({ access_level: 'financial', permissions_label: 'view_with_custom' });
  });

  it('a project seen through view_all_projects shows as view_tasks; an invisible one shows nothing', () => {
    const seen = projectAccess({ isAdmin: false, permissions: perms('view_all_projects') }, null);
    expect(displayLevel(seen)).toBe('view_tasks');
    expect(describeProjectAccess(seen)).toEqual({ access_level: 'collaboration', permissions_label: 'view_only' });
    const hidden = projectAccess({ isAdmin: false, permissions: perms('view_all_tasks') }, null);
    expect(displayLevel(hidden)).toBeNull();
    expect(describeProjectAccess(hidden)).toBeNull();
  });
});
