import { bigint, boolean, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { userIdColumn, users } from './identity.js';
import { timestamps } from './columns.js';

/** The permission catalog, synced from @timekeeper/shared (`update-permissions`). */
export const permissions = pgTable('permissions', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description').notNull(),
  category: text('category').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const roles = pgTable('roles', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  isSystemRole: boolean('is_system_role').notNull().default(false),
  ...timestamps(),
});

export const rolePermissions = pgTable(
  'role_permissions',
  {
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    permissionId: integer('permission_id')
      .notNull()
      .references(() => permissions.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.permissionId] })],
);

/**
 * Which preset permissions a system role has been given once. `update-permissions` adds only
 * defaults not given before, so a default a super admin removed stays removed.
 */
export const roleDefaultsApplied = pgTable(
  'role_defaults_applied',
  {
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    permissionName: text('permission_name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.permissionName] })],
);

export const userRoles = pgTable(
  'user_roles',
  {
    id: serial('id').primaryKey(),
    userId: userIdColumn('cascade'),
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'restrict' }),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    /** null: permanent. Expired assignments count for nothing. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    assignedBy: integer('assigned_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('user_roles_user_role_key').on(t.userId, t.roleId), index('user_roles_role_idx').on(t.roleId)],
);

/**
 * One row: a counter bumped (in the same transaction) by every change that affects who may do
 * what — roles, assignments, sessions, tokens, deactivation. A trigger (migration 0007) sends
 * NOTIFY tk_authz with each bump; each instance drops its cache when the number moves
 * (kernel/auth/authz-cache.ts).
 */
export const authzState = pgTable('authz_state', {
  id: integer('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
