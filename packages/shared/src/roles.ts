/**
 * System role presets (seeded with `is_system_role: true`; never deletable or renamable).
 * They follow docs/admin/security/roles-and-permissions.md#system-roles. `super_admin` is the only role holding the Administration category.
 */
import { PERMISSION_NAMES, PERMISSIONS, type Permission } from './permissions.js';

export const SYSTEM_ROLE_NAMES = ['super_admin', 'admin', 'manager', 'user', 'viewer'] as const;
export type SystemRoleName = (typeof SYSTEM_ROLE_NAMES)[number];

/**
 * Roles whose holders are "admins": they may hold wildcard scopes and act as admin on every project.
 * Ordered from the highest: a super admin ranks above an admin.
 */
export const ADMIN_ROLE_NAMES: readonly SystemRoleName[] = ['super_admin', 'admin'];

export interface RoleIdentity {
  readonly roleName: string;
  readonly isSystemRole: boolean;
}

/** How far up a role places its holder: 2 for super_admin, 1 for admin, 0 for every other role. */
export function roleRank(role: RoleIdentity): number {
  const i = role.isSystemRole ? ADMIN_ROLE_NAMES.indexOf(role.roleName as SystemRoleName) : -1;
  return i < 0 ? 0 : ADMIN_ROLE_NAMES.length - i;
}

/** An account's rank: that of its highest active role; a legacy admin (`isAdmin` without roles) ranks as admin. */
export function accountRank(account: { readonly isAdmin: boolean; readonly activeAssignments: readonly RoleIdentity[] }): number {
  return Math.max(account.isAdmin ? 1 : 0, ...account.activeAssignments.map(roleRank));
}

/**
 * Whether `granter` may grant (or take away) `role` as a whole. Holding every permission of the
 * admin role is not being an admin: only admins grant `admin`, only super admins `super_admin`.
 * (The granter must also hold the role's permissions; that is checked separately.)
 */
export function mayGrantRole(
  granter: { readonly isAdmin: boolean; readonly activeAssignments: readonly RoleIdentity[] },
  role: RoleIdentity,
): boolean {
  return accountRank(granter) >= roleRank(role);
}

/** The legacy `users.role` column values understood by `seed-permissions`. */
export const LEGACY_ROLES = ['admin', 'user'] as const;
export type LegacyRole = (typeof LEGACY_ROLES)[number];

const allExceptAdministration = PERMISSION_NAMES.filter((p) => PERMISSIONS[p].category !== 'administration');

export interface RolePreset {
  readonly description: string;
  readonly permissions: readonly Permission[];
}

export const SYSTEM_ROLES = {
  super_admin: {
    description: 'Full system access, including managing roles and permissions',
    permissions: PERMISSION_NAMES,
  },
  admin: {
    description: 'Manages users, projects, invoices and settings; cannot change the permission system',
    permissions: allExceptAdministration,
  },
  manager: {
    description:
      'Oversees teams and projects: sees all time and reports, manages projects, tasks, clients and sales, invoices and approves time',
    permissions: [
      'view_all_time_entries',
      'create_time_entries',
      'edit_own_time_entries',
      'delete_own_time_entries',
      'approve_time_entries',
      'view_all_projects',
      'create_projects',
      'edit_projects',
      'archive_projects',
      'view_all_tasks',
      'create_tasks',
      'edit_all_tasks',
      'delete_own_tasks',
      'assign_tasks',
      'view_clients',
      'create_clients',
      'edit_clients',
      'manage_client_notes',
      'view_all_leads',
      'create_leads',
      'edit_all_leads',
      'delete_leads',
      'convert_leads',
      'view_all_deals',
      'create_deals',
      'edit_all_deals',
      'delete_deals',
      'view_contacts',
      'create_contacts',
      'edit_contacts',
      'delete_contacts',
      'view_all_expenses',
      'create_expenses',
      'edit_own_expenses',
      'delete_own_expenses',
      'view_all_invoices',
      'create_invoices',
      'edit_invoices',
      'send_invoices',
      'view_all_reports',
      'export_reports',
      'create_saved_reports',
      'view_users',
      'manage_own_api_tokens',
    ],
  },
  user: {
    description: 'Tracks own time and expenses, manages own tasks, leads and deals, sees the projects they take part in',
    permissions: [
      'view_own_time_entries',
      'create_time_entries',
      'edit_own_time_entries',
      'delete_own_time_entries',
      'view_own_expenses',
      'create_expenses',
      'edit_own_expenses',
      'delete_own_expenses',
      'view_own_tasks',
      'create_tasks',
      'edit_own_tasks',
      'delete_own_tasks',
      'view_projects',
      'view_clients',
      'view_own_leads',
      'create_leads',
      'edit_own_leads',
      'view_own_deals',
      'create_deals',
      'edit_own_deals',
      'view_contacts',
      'create_contacts',
      'view_own_reports',
      'view_own_invoices',
      'manage_own_api_tokens',
    ],
  },
  viewer: {
    description: 'Read-only access to own time entries, tasks, reports, leads and deals, and to contacts',
    permissions: [
      'view_own_time_entries',
      'view_own_tasks',
      'view_own_reports',
      'view_projects',
      'view_own_leads',
      'view_own_deals',
      'view_contacts',
    ],
  },
} as const satisfies Record<SystemRoleName, RolePreset>;

export function isSystemRoleName(name: string): name is SystemRoleName {
  return (SYSTEM_ROLE_NAMES as readonly string[]).includes(name);
}

/** Role names are lowercase snake_case, like the system roles. */
export const ROLE_NAME_PATTERN = '^[a-z][a-z0-9_]{1,49}$';
