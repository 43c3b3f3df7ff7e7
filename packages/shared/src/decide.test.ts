import { describe, expect, it } from 'vitest';
import {
  accountAccess,
  allowedProjectActions,
  decide,
  decideProjectAction,
  describeProjectAccess,
  displayLevel,
  projectAccess,
  PROJECT_RULES,
  type RoleGrant,
} from './decide.js';
import { PERMISSIONS, type Permission } from './permissions.js';
import { describeLevel, NO_FLAGS, PROJECT_ACTIONS, PROJECT_LEVELS, type ProjectAction, type ProjectFlags } from './project-access.js';
import { SYSTEM_ROLES } from './roles.js';

const now = new Date('2026-06-01T12:00:00Z');
const grant = (
  roleName: keyof typeof SYSTEM_ROLES | string,
  permissions: readonly string[],
  expiresAt: Date | null = null,
  isSystemRole = true,
): RoleGrant => ({
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
        assignments: [
          grant('viewer', SYSTEM_ROLES.viewer.permissions),
          grant('invoicer', ['create_invoices'], new Date('2026-05-31T00:00:00Z'), false),
        ],
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
    expect(accountAccess({ isActive: true, legacyRole: null, assignments: [grant('admin', everything, null, false)] }, now).isAdmin).toBe(
      false,
    );
    expect(
      accountAccess({ isActive: true, legacyRole: null, assignments: [grant('admin', SYSTEM_ROLES.admin.permissions)] }, now).isAdmin,
    ).toBe(true);
  });

  it('an inactive user has nothing', () => {
    const a = accountAccess(
      { isActive: false, legacyRole: 'admin', assignments: [grant('super_admin', SYSTEM_ROLES.super_admin.permissions)] },
      now,
    );
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
    expect(decide({ permissions: perms, scopes: ['admin:all'] }, { scope: 'write:projects', permission: 'create_projects' }).allowed).toBe(
      false,
    );
  });
  it('sessions are not subject to scopes', () => {
    expect(decide({ permissions: perms, scopes: null }, { scope: 'read:projects', permission: 'view_projects' }).allowed).toBe(true);
  });
  it('anyOf and allOf', () => {
    expect(decide({ permissions: perms, scopes: null }, { permission: { anyOf: ['view_users', 'view_projects'] } }).allowed).toBe(true);
    expect(decide({ permissions: perms, scopes: null }, { permission: { allOf: ['view_projects', 'view_users'] } })).toMatchObject({
      requiredPermission: 'view_users',
    });
  });
});

describe('the response mapping (access_level, permissions_label)', () => {
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
  const member = (level: (typeof PROJECT_LEVELS)[number], flags: Partial<ProjectFlags> = {}) =>
    projectAccess({ isAdmin: false, permissions: none }, { level, flags: { ...NO_FLAGS, ...flags } });

  it('each level allows its row and the level below does not (docs/guides/projects-and-members.md)', () => {
    const rows = [
      ['edit_tasks', 'edit_tasks'],
      ['view_team_time', 'view_time_and_expenses'],
      ['log_own_time', 'edit_time_and_expenses'],
      ['view_financials', 'view_financials'],
      ['edit_financials', 'edit_financials'],
      ['approve_time', 'edit_financials'],
      ['invoice', 'edit_financials'],
      ['edit_others_time', 'edit_financials'],
      ['delete_others_time', 'edit_financials'],
      ['edit_others_expenses', 'edit_financials'],
      ['delete_others_expenses', 'edit_financials'],
      ['manage_members', 'admin'],
    ] as const;
    for (const [action, minimum] of rows) {
      const idx = PROJECT_LEVELS.indexOf(minimum);
      expect(decideProjectAction(action, member(minimum), { permissions: none }).allowed, `${action} at ${minimum}`).toBe(true);
      expect(
        decideProjectAction(action, member(PROJECT_LEVELS[idx - 1]!), { permissions: none }).allowed,
        `${action} below ${minimum}`,
      ).toBe(false);
    }
  });

  it('flags open their action below the level', () => {
    expect(decideProjectAction('log_own_time', member('view_tasks', { can_edit_time: true }), { permissions: none })).toEqual({
      allowed: true,
      reason: { kind: 'flag', flag: 'can_edit_time' },
    });
    expect(decideProjectAction('post_activity', member('view_tasks', { can_post: true }), { permissions: none }).allowed).toBe(true);
    expect(decideProjectAction('invite_members', member('view_tasks', { can_invite: true }), { permissions: none }).allowed).toBe(true);
  });

  it('a non-member sees nothing, unless view_all_projects shows the project (the level stays null)', () => {
    const hidden = projectAccess({ isAdmin: false, permissions: none }, null);
    expect(hidden).toMatchObject({ level: null, visible: false, visibleThrough: null });
    const viewer = projectAccess({ isAdmin: false, permissions: new Set<Permission>(['view_all_projects']) }, null);
    expect(viewer).toMatchObject({ level: null, levelSource: null, visible: true, visibleThrough: 'permission:view_all_projects' });
    expect(allowedProjectActions(viewer, { permissions: new Set<Permission>(['view_all_projects']) })).toEqual([
      'view_project',
      'view_tasks',
    ]);
    const costs = projectAccess(
      { isAdmin: false, permissions: new Set<Permission>(['manage_project_costs', 'view_all_projects']) },
      { level: 'view_tasks', flags: NO_FLAGS },
    );
    expect(costs).toMatchObject({ level: 'view_tasks', levelSource: 'participation', visible: true });
  });

  it('account admins act as project admin everywhere', () => {
    expect(projectAccess({ isAdmin: true, permissions: none }, null)).toMatchObject({ level: 'admin', levelSource: 'account_admin' });
  });
});

describe('M3 account permissions reach project actions one by one, never as a whole level', () => {
  /** A non-member holding `perms` (closed under implies, as accountAccess gives them). */
  const outsider = (perms: readonly Permission[]) => {
    const account = accountAccess({ isActive: true, legacyRole: null, assignments: [grant('custom', perms, null, false)] }, now);
    return { account, access: projectAccess(account, null), actions: allowedProjectActions(projectAccess(account, null), account) };
  };
  const OWN_ENTRIES: Permission[] = [
    'create_time_entries',
    'edit_own_time_entries',
    'delete_own_time_entries',
    'create_expenses',
    'edit_own_expenses',
    'delete_own_expenses',
  ];

  it('M3 manage_project_costs edits rates and budgets and nothing more', () => {
    const { access, actions } = outsider(['manage_project_costs', ...OWN_ENTRIES]);
    expect(access.level).toBeNull();
    expect(access.visible).toBe(true); // manage_project_costs implies view_all_projects
    expect(actions).toEqual(['view_project', 'view_tasks', 'view_financials', 'edit_financials']);
    // What the old level raising (to edit_financials) gave, and the new rule refuses:
    for (const action of [
      'view_team_time',
      'view_team_expenses',
      'log_own_time',
      'edit_others_time',
      'delete_others_time',
      'edit_others_expenses',
      'delete_others_expenses',
      'approve_time',
      'invoice',
      'edit_tasks',
    ] as const) {
      expect(actions, action).not.toContain(action);
    }
  });

  it('M3 manage_project_costs adds rates and budgets to a low membership, nothing else', () => {
    const account = accountAccess(
      { isActive: true, legacyRole: null, assignments: [grant('custom', ['manage_project_costs'], null, false)] },
      now,
    );
    const access = projectAccess(account, { level: 'edit_tasks', flags: NO_FLAGS });
    expect(allowedProjectActions(access, account)).toEqual([
      'view_project',
      'view_tasks',
      'edit_tasks',
      'view_financials',
      'edit_financials',
      'post_activity',
    ]);
    expect(decideProjectAction('edit_financials', access, account)).toEqual({
      allowed: true,
      reason: { kind: 'permission', permission: 'manage_project_costs' },
    });
  });

  it('M3 view_all_time_entries does not show expenses', () => {
    const { actions } = outsider(['view_all_time_entries', 'view_all_projects']);
    expect(actions).toContain('view_team_time');
    expect(actions).not.toContain('view_team_expenses');
    expect(actions).not.toContain('view_financials');
    expect(actions).not.toContain('edit_tasks');
    expect(outsider(['view_all_expenses', 'view_all_projects']).actions).toEqual(['view_project', 'view_tasks', 'view_team_expenses']);
  });

  it('M3 each permission of the table reaches exactly its own actions on a project the caller sees', () => {
    const table: [Permission[], ProjectAction[]][] = [
      [['view_all_time_entries'], ['view_team_time']],
      [['view_all_expenses'], ['view_team_expenses']],
      [['edit_all_time_entries'], ['view_team_time', 'edit_others_time']],
      [['delete_all_time_entries'], ['view_team_time', 'delete_others_time']],
      [['edit_all_expenses'], ['view_team_expenses', 'edit_others_expenses']],
      [['delete_all_expenses'], ['view_team_expenses', 'delete_others_expenses']],
      [['approve_time_entries'], ['view_team_time', 'approve_time']],
      [['view_all_invoices'], ['view_financials']],
      [['create_invoices'], []],
      [
        ['create_invoices', 'view_all_invoices'],
        ['view_financials', 'invoice'],
      ],
      [['edit_projects', 'archive_projects', 'create_tasks', 'edit_all_tasks', 'manage_user_roles'], []],
    ];
    for (const [perms, reached] of table) {
      const { actions } = outsider([...perms, 'view_all_projects']);
      expect(actions, perms.join('+')).toEqual(
        PROJECT_ACTIONS.filter((a) => a === 'view_project' || a === 'view_tasks' || reached.includes(a)),
      );
    }
  });

  it('M3 permissions never make an invisible project visible; view_all_tasks shows its tasks only', () => {
    const everything = (Object.keys(PERMISSIONS) as Permission[]).filter(
      (p) => p !== 'view_all_projects' && !(PERMISSIONS[p] as { implies?: readonly string[] }).implies?.includes('view_all_projects'),
    );
    const { access, actions, account } = outsider(everything);
    expect(account.permissions.has('view_all_projects')).toBe(false);
    expect(access.visible).toBe(false);
    expect(actions).toEqual(['view_tasks']);
    expect(decideProjectAction('approve_time', access, account)).toEqual({
      allowed: false,
      minimum: 'edit_financials',
      permission: 'approve_time_entries',
      unseen: true,
    });
    expect(describeProjectAccess(access)).toBeNull();
  });

  it('M3 the manager system role approves and invoices on every project, without a membership level', () => {
    const manager = accountAccess(
      { isActive: true, legacyRole: null, assignments: [grant('manager', SYSTEM_ROLES.manager.permissions)] },
      now,
    );
    const access = projectAccess(manager, null);
    expect(access).toMatchObject({ level: null, visible: true });
    const actions = allowedProjectActions(access, manager);
    for (const a of [
      'view_project',
      'view_tasks',
      'view_team_time',
      'view_team_expenses',
      'view_financials',
      'approve_time',
      'invoice',
    ] as const)
      expect(actions, a).toContain(a);
    for (const a of ['edit_tasks', 'log_own_time', 'edit_financials', 'edit_others_time', 'manage_members', 'edit_project'] as const)
      expect(actions, a).not.toContain(a);
    expect(decideProjectAction('invoice', access, manager)).toEqual({
      allowed: true,
      reason: { kind: 'permission', permission: 'create_invoices', allOf: ['create_invoices', 'view_all_invoices'] },
    });
    expect(displayLevel(access)).toBe('view_tasks');
  });

  it('M3 a denial names the level and the permission that would allow the action', () => {
    const { access, account } = outsider(['view_all_projects']);
    expect(decideProjectAction('invoice', access, account)).toEqual({
      allowed: false,
      minimum: 'edit_financials',
      permission: { allOf: ['create_invoices', 'view_all_invoices'] },
      unseen: false,
    });
    expect(decideProjectAction('edit_tasks', access, account)).toEqual({
      allowed: false,
      minimum: 'edit_tasks',
      permission: null,
      unseen: false,
    });
  });

  it('M3 the rules cover every project action', () => {
    expect(Object.keys(PROJECT_RULES).sort()).toEqual([...PROJECT_ACTIONS].sort());
  });
});
