/**
 * The pure decision function. The API enforces with it, the SPA gates its UI with it, and the
 * explain endpoint reports its reasons. No I/O, no clocks other than the `now` passed in.
 */
import { closePermissions, PERMISSIONS, type Permission } from './permissions.js';
import {
  describeLevel,
  levelAtLeast,
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

/** Scope is checked first (docs/development/authorization.md), then the owner's current permissions. */
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
//
// Each project action is allowed by membership at a minimum level (or a flag of the membership),
// or by an account permission that reaches that one action on every project. Account permissions
// never raise the level as a whole: `manage_project_costs` edits rates and budgets and nothing
// beside it (docs/development/authorization.md, "Project access").

export interface Participation {
  readonly level: ProjectLevel;
  readonly flags: ProjectFlags;
}

/** How a caller sees a project at all: as a member, as an account admin, or through view_all_projects. */
export type ProjectVisibility = 'participation' | 'account_admin' | 'permission:view_all_projects';

export interface ProjectAccess {
  /** The membership level (`admin` for account admins); null when the caller is not a member. */
  readonly level: ProjectLevel | null;
  /** Where the level came from: the participation, or an account admin role. */
  readonly levelSource: 'participation' | 'account_admin' | null;
  /** Whether the caller sees the project: a member, an account admin, or `view_all_projects`. */
  readonly visible: boolean;
  /** Why the project is visible, or null when it is not. */
  readonly visibleThrough: ProjectVisibility | null;
  readonly flags: ProjectFlags;
  readonly participation: Participation | null;
}

/** The only account permission that makes a project the caller is not a member of visible. */
export const PROJECT_VISIBILITY_PERMISSION = 'view_all_projects' satisfies Permission;

export function projectAccess(account: Pick<AccountAccess, 'isAdmin' | 'permissions'>, participation: Participation | null): ProjectAccess {
  const flags = participation?.flags ?? NO_FLAGS;
  if (account.isAdmin)
    return { level: 'admin', levelSource: 'account_admin', visible: true, visibleThrough: 'account_admin', flags, participation };
  if (participation)
    return {
      level: participation.level,
      levelSource: 'participation',
      visible: true,
      visibleThrough: 'participation',
      flags,
      participation,
    };
  const visible = account.permissions.has(PROJECT_VISIBILITY_PERMISSION);
  return {
    level: null,
    levelSource: null,
    visible,
    visibleThrough: visible ? `permission:${PROJECT_VISIBILITY_PERMISSION}` : null,
    flags,
    participation,
  };
}

export type ProjectReason =
  | { readonly kind: 'level'; readonly minimum: ProjectLevel }
  | { readonly kind: 'flag'; readonly flag: ProjectFlag }
  /** `allOf`: the action needs these permissions together (`permission` is the first of them). */
  | { readonly kind: 'permission'; readonly permission: Permission; readonly allOf?: readonly Permission[] };

/**
 * One project action: the minimum membership level; a flag of the membership that also allows
 * it; an account permission (or an anyOf / allOf set) that reaches it on every project the caller
 * can see. `evenUnseen`: the permission reaches the action also on projects the caller cannot see
 * (only `view_all_tasks` for seeing tasks: it shows tasks, never the project itself).
 */
export interface ProjectRule {
  readonly minimum: ProjectLevel;
  readonly flag?: ProjectFlag;
  readonly permission?: PermissionRequirement;
  readonly evenUnseen?: true;
}

/** The per-action table (docs/development/authorization.md). Actions without `permission` are reached by membership only. */
export const PROJECT_RULES: Readonly<Record<ProjectAction, ProjectRule>> = {
  view_project: { minimum: 'view_tasks', permission: 'view_all_projects' },
  view_tasks: { minimum: 'view_tasks', permission: { anyOf: ['view_all_projects', 'view_all_tasks'] }, evenUnseen: true },
  edit_tasks: { minimum: 'edit_tasks' },
  view_team_time: { minimum: 'view_time_and_expenses', permission: 'view_all_time_entries' },
  view_team_expenses: { minimum: 'view_time_and_expenses', permission: 'view_all_expenses' },
  log_own_time: { minimum: 'edit_time_and_expenses', flag: 'can_edit_time' },
  log_own_expenses: { minimum: 'edit_time_and_expenses', flag: 'can_edit_expense' },
  view_financials: { minimum: 'view_financials', permission: { anyOf: ['view_all_invoices', 'manage_project_costs'] } },
  edit_financials: { minimum: 'edit_financials', permission: 'manage_project_costs' },
  edit_others_time: { minimum: 'edit_financials', permission: 'edit_all_time_entries' },
  delete_others_time: { minimum: 'edit_financials', permission: 'delete_all_time_entries' },
  edit_others_expenses: { minimum: 'edit_financials', permission: 'edit_all_expenses' },
  delete_others_expenses: { minimum: 'edit_financials', permission: 'delete_all_expenses' },
  approve_time: { minimum: 'edit_financials', permission: 'approve_time_entries' },
  invoice: { minimum: 'edit_financials', permission: { allOf: ['create_invoices', 'view_all_invoices'] } },
  manage_members: { minimum: 'admin' },
  edit_project: { minimum: 'admin' },
  archive_project: { minimum: 'admin' },
  invite_members: { minimum: 'admin', flag: 'can_invite' },
  post_activity: { minimum: 'edit_tasks', flag: 'can_post' },
  schedule_own_hours: { minimum: 'admin', flag: 'can_schedule_their_hours' },
  schedule_team_hours: { minimum: 'admin', flag: 'can_schedule_team_hours' },
};

/** The permission names a requirement mentions (for docs and the route inventory). */
export function requirementPermissions(req: PermissionRequirement): Permission[] {
  if (typeof req === 'string') return [req];
  return 'anyOf' in req ? [...req.anyOf] : [...req.allOf];
}

/** A requirement in words: `'a'`, `'a' or 'b'`, `'a' and 'b'`. */
export function describeRequirement(req: PermissionRequirement): string {
  if (typeof req === 'string') return `'${req}'`;
  return 'anyOf' in req ? req.anyOf.map((p) => `'${p}'`).join(' or ') : req.allOf.map((p) => `'${p}'`).join(' and ');
}

/** The reason a held requirement gives, or null when it is not held. */
function permissionReason(held: ReadonlySet<Permission>, req: PermissionRequirement): ProjectReason | null {
  if (typeof req === 'string') return held.has(req) ? { kind: 'permission', permission: req } : null;
  if ('anyOf' in req) {
    const first = req.anyOf.find((p) => held.has(p));
    return first === undefined ? null : { kind: 'permission', permission: first };
  }
  const [first] = req.allOf;
  return first !== undefined && req.allOf.every((p) => held.has(p)) ? { kind: 'permission', permission: first, allOf: req.allOf } : null;
}

export type ProjectDecision =
  | { readonly allowed: true; readonly reason: ProjectReason }
  | {
      readonly allowed: false;
      readonly minimum: ProjectLevel;
      /** The account permission(s) that would also allow it, when the action has any. */
      readonly permission: PermissionRequirement | null;
      /** The project is invisible to the caller (services answer 404, not 403). */
      readonly unseen: boolean;
    };

export function decideProjectAction(
  action: ProjectAction,
  access: ProjectAccess,
  account: Pick<AccountAccess, 'permissions'>,
): ProjectDecision {
  const rule = PROJECT_RULES[action];
  if (access.level !== null && levelAtLeast(access.level, rule.minimum))
    return { allowed: true, reason: { kind: 'level', minimum: rule.minimum } };
  if (rule.flag && access.participation?.flags[rule.flag]) return { allowed: true, reason: { kind: 'flag', flag: rule.flag } };
  // An account permission reaches its action on the projects the caller can see; it never makes
  // an invisible project visible (except view_all_projects itself, which is what visibility means).
  if (rule.permission && (access.visible || rule.evenUnseen)) {
    const reason = permissionReason(account.permissions, rule.permission);
    if (reason) return { allowed: true, reason };
  }
  return { allowed: false, minimum: rule.minimum, permission: rule.permission ?? null, unseen: !access.visible };
}

export function projectAllows(action: ProjectAction, access: ProjectAccess, account: Pick<AccountAccess, 'permissions'>): boolean {
  return decideProjectAction(action, access, account).allowed;
}

/** The list of allowed actions, for `GET /projects/{id}/access` and the SPA. */
export function allowedProjectActions(access: ProjectAccess, account: Pick<AccountAccess, 'permissions'>): ProjectAction[] {
  return PROJECT_ACTIONS.filter((a) => projectAllows(a, access, account));
}

/**
 * The level to show for a visible project: the membership level, or `view_tasks` for a
 * non-member who sees it through view_all_projects (what seeing a project gives); null when invisible.
 */
export function displayLevel(access: ProjectAccess): ProjectLevel | null {
  return access.level ?? (access.visible ? 'view_tasks' : null);
}

export function describeProjectAccess(access: ProjectAccess) {
  const level = displayLevel(access);
  return level === null ? null : describeLevel(level, access.flags);
}
