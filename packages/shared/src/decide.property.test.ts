/**
 * Property-based tests: the decision function agrees with a small, obviously-correct reference
 * model over random roles, assignments (with expiry), scopes and participations — and no token
 * ever exceeds its owner.
 *
 * The reference model below is written from docs/development/authorization.md and docs/guides/projects-and-members.md directly, without using the code under test
 * (only the catalog data: permission names, their `implies` lists and the level order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountAccess, decide, decideProjectAction, projectAccess, type RoleGrant } from './decide.js';
import { PERMISSION_NAMES, PERMISSIONS, type Permission, type PermissionDefinition } from './permissions.js';
import {
  PROJECT_ACTIONS,
  PROJECT_FLAGS,
  PROJECT_LEVELS,
  type ProjectAction,
  type ProjectFlags,
  type ProjectLevel,
} from './project-access.js';
import { SCOPE_NAMES, SCOPE_RESOURCE_NAMES, type RequiredScope } from './scopes.js';

const NOW = new Date('2026-06-01T12:00:00Z');

// ---------------------------------------------------------------------------------------------
// Reference model

function refClose(perms: Iterable<string>): Set<string> {
  const out = new Set(perms);
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of [...out]) {
      for (const q of (PERMISSIONS[p as Permission] as PermissionDefinition | undefined)?.implies ?? []) {
        if (!out.has(q)) {
          out.add(q);
          changed = true;
        }
      }
    }
  }
  return out;
}

interface RefInput {
  active: boolean;
  legacy: string | null;
  grants: { name: string; system: boolean; perms: string[]; expires: Date | null }[];
}

function refAccount(input: RefInput): { perms: Set<string>; admin: boolean } {
  if (!input.active) return { perms: new Set(), admin: false };
  if (input.grants.length === 0 && input.legacy === 'admin') {
    return { perms: new Set(PERMISSION_NAMES.filter((p) => PERMISSIONS[p].category !== 'administration')), admin: true };
  }
  const live = input.grants.filter((g) => g.expires === null || g.expires > NOW);
  return {
    perms: refClose(live.flatMap((g) => g.perms)),
    admin: live.some((g) => g.system && (g.name === 'admin' || g.name === 'super_admin')),
  };
}

function refCovers(granted: string, required: string): boolean {
  if (granted === '*' || granted === 'admin:all') return true;
  if (required === 'admin:all') return false;
  if (granted === required || granted === 'write:*') return true;
  const [action, resource] = required.split(':');
  return action === 'read' && (granted === 'read:*' || granted === `write:${resource}`);
}

/**
 * The project levels of docs/guides/projects-and-members.md written out as two tables: the minimum membership level (and the flag) of each action,
 * and the account permissions that reach the action on every project (`any`: one of them is
 * enough; `all`: together). Permissions never raise the level as a whole.
 */
const REF_ACTIONS: Record<ProjectAction, { min: ProjectLevel; flag?: keyof ProjectFlags; any?: Permission[]; all?: Permission[] }> = {
  view_project: { min: 'view_tasks', any: ['view_all_projects'] },
  view_tasks: { min: 'view_tasks', any: ['view_all_projects', 'view_all_tasks'] },
  edit_tasks: { min: 'edit_tasks' },
  view_team_time: { min: 'view_time_and_expenses', any: ['view_all_time_entries'] },
  view_team_expenses: { min: 'view_time_and_expenses', any: ['view_all_expenses'] },
  log_own_time: { min: 'edit_time_and_expenses', flag: 'can_edit_time' },
  log_own_expenses: { min: 'edit_time_and_expenses', flag: 'can_edit_expense' },
  view_financials: { min: 'view_financials', any: ['view_all_invoices', 'manage_project_costs'] },
  edit_financials: { min: 'edit_financials', any: ['manage_project_costs'] },
  edit_others_time: { min: 'edit_financials', any: ['edit_all_time_entries'] },
  delete_others_time: { min: 'edit_financials', any: ['delete_all_time_entries'] },
  edit_others_expenses: { min: 'edit_financials', any: ['edit_all_expenses'] },
  delete_others_expenses: { min: 'edit_financials', any: ['delete_all_expenses'] },
  approve_time: { min: 'edit_financials', any: ['approve_time_entries'] },
  invoice: { min: 'edit_financials', all: ['create_invoices', 'view_all_invoices'] },
  manage_members: { min: 'admin' },
  edit_project: { min: 'admin' },
  archive_project: { min: 'admin' },
  invite_members: { min: 'admin', flag: 'can_invite' },
  post_activity: { min: 'edit_tasks', flag: 'can_post' },
  schedule_own_hours: { min: 'admin', flag: 'can_schedule_their_hours' },
  schedule_team_hours: { min: 'admin', flag: 'can_schedule_team_hours' },
};

const rank = (l: ProjectLevel) => PROJECT_LEVELS.indexOf(l);

/** The membership level: the participation's, `admin` for account admins, null for non-members. */
function refLevel(account: { perms: Set<string>; admin: boolean }, participation: { level: ProjectLevel } | null): ProjectLevel | null {
  if (account.admin) return 'admin';
  return participation ? participation.level : null;
}

/** Only members, account admins and view_all_projects see a project. */
function refVisible(account: { perms: Set<string>; admin: boolean }, participation: unknown): boolean {
  return account.admin || participation !== null || account.perms.has('view_all_projects');
}

function refAllows(
  action: ProjectAction,
  account: { perms: Set<string>; admin: boolean },
  participation: { level: ProjectLevel; flags: ProjectFlags } | null,
): boolean {
  const rule = REF_ACTIONS[action];
  const level = refLevel(account, participation);
  if (level !== null && rank(level) >= rank(rule.min)) return true;
  if (rule.flag && participation?.flags[rule.flag]) return true;
  // view_all_tasks shows the tasks of every project, seen or not; every other permission only
  // reaches projects the caller sees.
  if (action === 'view_tasks' && account.perms.has('view_all_tasks')) return true;
  if (!refVisible(account, participation)) return false;
  if (rule.any?.some((p) => account.perms.has(p))) return true;
  return rule.all !== undefined && rule.all.every((p) => account.perms.has(p));
}

// ---------------------------------------------------------------------------------------------
// Generators

const permission = fc.constantFrom(...PERMISSION_NAMES);
const grant = fc.record({
  name: fc.constantFrom('super_admin', 'admin', 'manager', 'user', 'viewer', 'custom_a', 'custom_b'),
  system: fc.boolean(),
  perms: fc.uniqueArray(permission, { maxLength: 12 }),
  // Past, exactly now, future, or never.
  expires: fc.constantFrom(null, new Date(NOW.getTime() - 60_000), NOW, new Date(NOW.getTime() + 60_000)),
});
const accountInput = fc.record({
  active: fc.boolean(),
  legacy: fc.constantFrom(null, 'admin', 'user'),
  grants: fc.array(grant, { maxLength: 4 }),
});
const flags = fc.record(
  Object.fromEntries(PROJECT_FLAGS.map((f) => [f, fc.boolean()])) as Record<keyof ProjectFlags, fc.Arbitrary<boolean>>,
);
const participation = fc.option(fc.record({ level: fc.constantFrom(...PROJECT_LEVELS), flags }), { nil: null });
const requiredScope = fc.constantFrom<RequiredScope>(
  'admin:all',
  ...SCOPE_RESOURCE_NAMES.flatMap((r) => [`read:${r}`, `write:${r}`] as RequiredScope[]),
);
const tokenScopes = fc.uniqueArray(fc.constantFrom(...SCOPE_NAMES), { maxLength: 5 });
const permissionRequirement = fc.oneof(
  permission,
  fc.record({ anyOf: fc.uniqueArray(permission, { minLength: 1, maxLength: 3 }) }),
  fc.record({ allOf: fc.uniqueArray(permission, { minLength: 1, maxLength: 3 }) }),
);

function toGrants(input: RefInput): RoleGrant[] {
  return input.grants.map((g, i) => ({
    roleId: i + 1,
    roleName: g.name,
    isSystemRole: g.system,
    permissions: g.perms,
    expiresAt: g.expires,
  }));
}

const runs = { numRuns: 400 };

describe('the decision function against the reference model', () => {
  it('computes effective account permissions and admin status', () => {
    fc.assert(
      fc.property(accountInput, (input) => {
        const actual = accountAccess({ isActive: input.active, legacyRole: input.legacy, assignments: toGrants(input) }, NOW);
        const expected = refAccount(input);
        expect([...actual.permissions].sort()).toEqual([...expected.perms].sort());
        expect(actual.isAdmin).toBe(expected.admin);
      }),
      runs,
    );
  });

  it('decides routes: scope (tokens only) and permission', () => {
    fc.assert(
      fc.property(
        accountInput,
        fc.option(tokenScopes, { nil: null }),
        requiredScope,
        fc.option(permissionRequirement, { nil: undefined }),
        (input, scopes, scope, permissionReq) => {
          const account = accountAccess({ isActive: input.active, legacyRole: input.legacy, assignments: toGrants(input) }, NOW);
          const ref = refAccount(input);
          const scopeOk = scopes === null || scopes.some((s) => refCovers(s, scope));
          const permOk =
            permissionReq === undefined ||
            (typeof permissionReq === 'string'
              ? ref.perms.has(permissionReq)
              : 'anyOf' in permissionReq
                ? permissionReq.anyOf.some((p) => ref.perms.has(p))
                : permissionReq.allOf.every((p) => ref.perms.has(p)));
          const decision = decide({ permissions: account.permissions, scopes }, { scope, permission: permissionReq });
          expect(decision.allowed).toBe(scopeOk && permOk);
          if (!decision.allowed) expect(decision.layer).toBe(scopeOk ? 'permission' : 'scope');
        },
      ),
      runs,
    );
  });

  it('never lets a token exceed its owner: whatever a token may do, the owner’s session may do', () => {
    fc.assert(
      fc.property(
        accountInput,
        tokenScopes,
        requiredScope,
        fc.option(permissionRequirement, { nil: undefined }),
        (input, scopes, scope, permissionReq) => {
          const account = accountAccess({ isActive: input.active, legacyRole: input.legacy, assignments: toGrants(input) }, NOW);
          const viaToken = decide({ permissions: account.permissions, scopes }, { scope, permission: permissionReq });
          const viaSession = decide({ permissions: account.permissions, scopes: null }, { scope, permission: permissionReq });
          if (viaToken.allowed) expect(viaSession.allowed).toBe(true);
        },
      ),
      runs,
    );
  });

  it('decides project actions from level, flags and account permissions', () => {
    fc.assert(
      fc.property(accountInput, participation, fc.constantFrom(...PROJECT_ACTIONS), (input, part, action) => {
        const account = accountAccess({ isActive: input.active, legacyRole: input.legacy, assignments: toGrants(input) }, NOW);
        const access = projectAccess(account, part);
        const ref = refAccount(input);
        expect(access.level).toBe(refLevel(ref, part));
        expect(access.visible).toBe(refVisible(ref, part));
        expect(decideProjectAction(action, access, account).allowed).toBe(refAllows(action, ref, part));
      }),
      { numRuns: 1000 },
    );
  });

  it('a higher level never allows less (monotonic in the level)', () => {
    fc.assert(
      fc.property(
        accountInput,
        flags,
        fc.constantFrom(...PROJECT_ACTIONS),
        fc.integer({ min: 0, max: PROJECT_LEVELS.length - 2 }),
        (input, f, action, i) => {
          const account = accountAccess({ isActive: input.active, legacyRole: input.legacy, assignments: toGrants(input) }, NOW);
          const lower = decideProjectAction(action, projectAccess(account, { level: PROJECT_LEVELS[i]!, flags: f }), account).allowed;
          const higher = decideProjectAction(action, projectAccess(account, { level: PROJECT_LEVELS[i + 1]!, flags: f }), account).allowed;
          if (lower) expect(higher).toBe(true);
        },
      ),
      runs,
    );
  });

  it('M3 an account permission never raises the level: without membership or an admin role, the level is null', () => {
    fc.assert(
      fc.property(accountInput, (input) => {
        const account = accountAccess({ isActive: input.active, legacyRole: input.legacy, assignments: toGrants(input) }, NOW);
        const access = projectAccess(account, null);
        expect(access.level).toBe(account.isAdmin ? 'admin' : null);
      }),
      runs,
    );
  });

  it('M3 on a project the caller cannot see, nothing is allowed but seeing tasks through view_all_tasks', () => {
    fc.assert(
      fc.property(accountInput, fc.constantFrom(...PROJECT_ACTIONS), (input, action) => {
        const account = accountAccess({ isActive: input.active, legacyRole: input.legacy, assignments: toGrants(input) }, NOW);
        const access = projectAccess(account, null);
        if (access.visible) return;
        const allowed = decideProjectAction(action, access, account).allowed;
        expect(allowed).toBe(action === 'view_tasks' && account.permissions.has('view_all_tasks'));
      }),
      runs,
    );
  });

  it('M3 a permission-reached action is reached through a permission its rule names, and the rest need the level', () => {
    fc.assert(
      fc.property(accountInput, participation, fc.constantFrom(...PROJECT_ACTIONS), (input, part, action) => {
        const account = accountAccess({ isActive: input.active, legacyRole: input.legacy, assignments: toGrants(input) }, NOW);
        const decision = decideProjectAction(action, projectAccess(account, part), account);
        if (!decision.allowed || decision.reason.kind !== 'permission') return;
        const rule = REF_ACTIONS[action];
        expect([...(rule.any ?? []), ...(rule.all ?? [])]).toContain(decision.reason.permission);
        expect(account.permissions.has(decision.reason.permission)).toBe(true);
      }),
      runs,
    );
  });
});
