/**
 * The pure decision function. The API enforces with it, the SPA gates its UI with it, and the
 * explain endpoint reports its reasons. No I/O, no clocks other than the `now` passed in.
 */
import { closePermissions, PERMISSIONS, type Permission } from './permissions.js';
import {
  describeLevel,
  LEVEL_RAISING_PERMISSIONS,
  levelAtLeast,
  maxLevel,
  NO_FLAGS,
  PROJECT_ACTIONS,
  type ProjectAction,
  type ProjectFlag,
  type ProjectFlags,
  type ProjectLevel,
} from './project-access.js';
import { ADMIN_ROLE_NAMES } from './roles.js';
import { scopeSatisfies, type RequiredScope } from './scopes.js';

// ---------------------------------------------------------------------------------------------
// Layer 1: account permissions

export interface RoleGrant {
  readonly roleId: number;
  readonly roleName: string;
  readonly isSystemRole: boolean;
  readonly permissions: readonly string[];
  /** null: never expires. An assignment whose expiry is at or before `now` counts for nothing. */
  readonly expiresAt: Date | null;
}

export interface AccountInput {
  readonly isActive: boolean;
  /** The legacy `users.role` column (`admin` / `user`), or null. */
  readonly legacyRole: string | null;
  readonly assignments: readonly RoleGrant[];
}

export interface AccountAccess {
  readonly isAdmin: boolean;
  readonly isLegacyAdmin: boolean;
  readonly permissions: ReadonlySet<Permission>;
  readonly activeAssignments: readonly RoleGrant[];
}

const NON_ADMINISTRATION = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => PERMISSIONS[p].category !== 'administration');

export function isAssignmentActive(grant: RoleGrant, now: Date): boolean {
  return grant.expiresAt === null || grant.expiresAt.getTime() > now.getTime();
}

/** Effective account access: union of active assignments closed under `implies`; legacy admin rule. */
export function accountAccess(input: AccountInput, now: Date): AccountAccess {
  if (!input.isActive) return { isAdmin: false, isLegacyAdmin: false, permissions: new Set(), activeAssignments: [] };
  if (input.assignments.length === 0 && input.legacyRole === 'admin') {
    return { isAdmin: true, isLegacyAdmin: true, permissions: new Set(NON_ADMINISTRATION), activeAssignments: [] };
  }
  const active = input.assignments.filter((a) => isAssignmentActive(a, now));
  const permissions = closePermissions(active.flatMap((a) => a.permissions));
  const isAdmin = active.some((a) => a.isSystemRole && (ADMIN_ROLE_NAMES as readonly string[]).includes(a.roleName));
  return { isAdmin, isLegacyAdmin: false, permissions, activeAssignments: active };
}

export type PermissionRequirement = Permission | { readonly anyOf: readonly Permission[] } | { readonly allOf: readonly Permission[] };

/** The first permission that is missing, or null when the requirement is met. */
export function missingPermission(held: ReadonlySet<Permission>, req: PermissionRequirement): Permission | null {
  if (typeof req === 'string') return held.has(req) ? null : req;
  if ('anyOf' in req) return req.anyOf.some((p) => held.has(p)) ? null : (req.anyOf[0] ?? null);
  return req.allOf.find((p) => !held.has(p)) ?? null;
}

export function hasPermission(held: ReadonlySet<Permission>, req: PermissionRequirement): boolean {
  return missingPermission(held, req) === null;
}

// ---------------------------------------------------------------------------------------------
// Layers 1 + 2 for a route

export interface RouteRequirement {
  readonly permission?: PermissionRequirement;
  readonly scope?: RequiredScope;
}

export interface Subject {
  readonly permissions: ReadonlySet<Permission>;
  /** null for session (cookie) requests: scopes do not apply. */
  readonly scopes: readonly string[] | null;
}

export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly layer: 'scope'; readonly requiredScope: RequiredScope; readonly availableScopes: readonly string[] }
  | { readonly allowed: false; readonly layer: 'permission'; readonly requiredPermission: Permission };

/** Scope is checked first (the seed's order), then the owner's current permissions. */
export function decide(subject: Subject, req: RouteRequirement): Decision {
  if (req.scope && subject.scopes !== null && !scopeSatisfies(subject.scopes, req.scope)) {
    return { allowed: false, layer: 'scope', requiredScope: req.scope, availableScopes: subject.scopes };
  }
  if (req.permission) {
    const missing = missingPermission(subject.permissions, req.permission);
    if (missing) return { allowed: false, layer: 'permission', requiredPermission: missing };
  }
  return { allowed: true };
}

// ---------------------------------------------------------------------------------------------
// Layer 3: project access

export interface Participation {
  readonly level: ProjectLevel;
  readonly flags: ProjectFlags;
}

export interface ProjectAccess {
  /** Effective level after account roles couple in; null: the project is invisible. */
  readonly level: ProjectLevel | null;
  /** Where the level came from. */
  readonly levelSource: 'participation' | 'account_admin' | `permission:${Permission}` | null;
  readonly flags: ProjectFlags;
  readonly participation: Participation | null;
}

export function projectAccess(account: Pick<AccountAccess, 'isAdmin' | 'permissions'>, participation: Participation | null): ProjectAccess {
  if (account.isAdmin) {
    return { level: 'admin', levelSource: 'account_admin', flags: participation?.flags ?? NO_FLAGS, participation };
  }
  let level: ProjectLevel | null = participation?.level ?? null;
  let levelSource: ProjectAccess['levelSource'] = participation ? 'participation' : null;
  for (const [permission, raised] of LEVEL_RAISING_PERMISSIONS) {
    if (!account.permissions.has(permission)) continue;
    const next = maxLevel(level, raised);
    if (next !== level) {
      level = next;
      levelSource = `permission:${permission}`;
    }
  }
  return { level, levelSource, flags: participation?.flags ?? NO_FLAGS, participation };
}

export type ProjectReason =
  | { readonly kind: 'level'; readonly minimum: ProjectLevel }
  | { readonly kind: 'flag'; readonly flag: ProjectFlag }
  | { readonly kind: 'permission'; readonly permission: Permission };

/** Each action: the minimum level, and alternatives (a flag or an account permission) that also allow it. */
const PROJECT_RULES = {
  view_project: { minimum: 'view_tasks' },
  view_tasks: { minimum: 'view_tasks' },
  edit_tasks: { minimum: 'edit_tasks' },
  view_team_time: { minimum: 'view_time_and_expenses' },
  view_team_expenses: { minimum: 'view_time_and_expenses', permission: 'view_all_expenses' },
  log_own_time: { minimum: 'edit_time_and_expenses', flag: 'can_edit_time' },
  log_own_expenses: { minimum: 'edit_time_and_expenses', flag: 'can_edit_expense' },
  view_financials: { minimum: 'view_financials' },
  edit_financials: { minimum: 'edit_financials' },
  edit_others_time: { minimum: 'edit_financials', permission: 'edit_all_time_entries' },
  edit_others_expenses: { minimum: 'edit_financials', permission: 'edit_all_expenses' },
  approve_time: { minimum: 'edit_financials', permission: 'approve_time_entries' },
  invoice: { minimum: 'edit_financials' },
  manage_members: { minimum: 'admin' },
  edit_project: { minimum: 'admin' },
  archive_project: { minimum: 'admin' },
  invite_members: { minimum: 'admin', flag: 'can_invite' },
  post_activity: { minimum: 'edit_tasks', flag: 'can_post' },
  schedule_own_hours: { minimum: 'admin', flag: 'can_schedule_their_hours' },
  schedule_team_hours: { minimum: 'admin', flag: 'can_schedule_team_hours' },
} as const satisfies Record<ProjectAction, { minimum: ProjectLevel; flag?: ProjectFlag; permission?: Permission }>;

export type ProjectDecision = { readonly allowed: true; readonly reason: ProjectReason } | { readonly allowed: false; readonly minimum: ProjectLevel };

export function decideProjectAction(action: ProjectAction, access: ProjectAccess, account: Pick<AccountAccess, 'permissions'>): ProjectDecision {
  const rule: { minimum: ProjectLevel; flag?: ProjectFlag; permission?: Permission } = PROJECT_RULES[action];
  // Flags and level-independent permissions never make an invisible project visible.
  if (access.level === null) return { allowed: false, minimum: rule.minimum };
  if (levelAtLeast(access.level, rule.minimum)) return { allowed: true, reason: { kind: 'level', minimum: rule.minimum } };
  if (rule.flag && access.participation?.flags[rule.flag]) return { allowed: true, reason: { kind: 'flag', flag: rule.flag } };
  if (rule.permission && account.permissions.has(rule.permission)) return { allowed: true, reason: { kind: 'permission', permission: rule.permission } };
  return { allowed: false, minimum: rule.minimum };
}

export function projectAllows(action: ProjectAction, access: ProjectAccess, account: Pick<AccountAccess, 'permissions'>): boolean {
  return decideProjectAction(action, access, account).allowed;
}

/** The list of allowed actions, for `GET /projects/{id}/access` and the SPA. */
export function allowedProjectActions(access: ProjectAccess, account: Pick<AccountAccess, 'permissions'>): ProjectAction[] {
  return PROJECT_ACTIONS.filter((a) => projectAllows(a, access, account));
}

export function describeProjectAccess(access: ProjectAccess) {
  return access.level === null ? null : describeLevel(access.level, access.flags);
}
