/**
 * Roles: custom role CRUD, system role protection, export/import.
 *
 * - System roles can be neither renamed nor deleted; their permissions change only with
 *   `manage_permissions` (super admins).
 * - Nobody adds to or removes from a role a permission they do not hold themselves.
 * - Editing a role's permissions changes the roles of everyone holding it: the editor must be
 *   allowed to change each holder's roles (the guard of PUT /users/{id}/roles), and is told
 *   which holder stands in the way.
 * - A role still assigned to users cannot be deleted (409).
 */
import { isPermission, ROLE_NAME_PATTERN } from '@timekeeper/shared';
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { permissions, rolePermissions, roles, userRoles, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { AppError, conflict, notFound, validationFailed } from '../../lib/errors.js';
import { changedColumns } from '../../lib/changed-columns.js';
import { recordAudit } from '../audit/audit.service.js';
import { bumpAuthzVersion } from '../../kernel/auth/authz-cache.js';
import { assertCanGrant, assertMayChangeRolesOf, SUPER_ADMIN_LOCK } from '../users/users.service.js';
import type { CreateRoleBody, ImportBody, ImportResult, Role, RoleExport, UpdateRoleBody } from './roles.schemas.js';

type RoleRow = typeof roles.$inferSelect;

export type RoleView = Static<typeof Role>;

async function permissionsOf(db: Tx, roleIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>(roleIds.map((id) => [id, []]));
  if (roleIds.length === 0) return out;
  const rows = await db
    .select({ roleId: rolePermissions.roleId, name: permissions.name })
    .from(rolePermissions)
    .innerJoin(permissions, eq(permissions.id, rolePermissions.permissionId))
    .where(inArray(rolePermissions.roleId, roleIds))
    .orderBy(asc(permissions.name));
  for (const r of rows) out.get(r.roleId)?.push(r.name);
  return out;
}

/** Users currently holding the role (active, unexpired assignments). */
async function userCounts(db: Tx, roleIds: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>(roleIds.map((id) => [id, 0]));
  if (roleIds.length === 0) return out;
  const rows = await db
    .select({ roleId: userRoles.roleId, n: sql<number>`count(*)::int` })
    .from(userRoles)
    .where(and(inArray(userRoles.roleId, roleIds), or(isNull(userRoles.expiresAt), sql`${userRoles.expiresAt} > now()`)))
    .groupBy(userRoles.roleId);
  for (const r of rows) out.set(r.roleId, r.n);
  return out;
}

async function views(db: Tx, rows: RoleRow[]): Promise<RoleView[]> {
  const ids = rows.map((r) => r.id);
  const [perms, counts] = await Promise.all([permissionsOf(db, ids), userCounts(db, ids)]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    is_system_role: r.isSystemRole,
    permissions: perms.get(r.id) ?? [],
    user_count: counts.get(r.id) ?? 0,
    created_at: r.createdAt.toISOString(),
    updated_at: r.updatedAt.toISOString(),
  }));
}

/** Distinct users holding at least one unexpired role. */
export async function countUsersWithRoles(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${userRoles.userId})::int` })
    .from(userRoles)
    .where(or(isNull(userRoles.expiresAt), sql`${userRoles.expiresAt} > now()`));
  return row?.n ?? 0;
}

export async function listRoles(db: Db): Promise<RoleView[]> {
  const rows = await db
    .select()
    .from(roles)
    .orderBy(sql`${roles.isSystemRole} desc`, asc(roles.id));
  return views(db, rows);
}

export async function getRole(db: Tx, id: number): Promise<RoleView> {
  const [row] = await db.select().from(roles).where(eq(roles.id, id));
  if (!row) throw notFound('Role');
  return (await views(db, [row]))[0]!;
}

export async function rolePermissionDetails(db: Db, id: number) {
  const role = await getRole(db, id);
  const rows = await db
    .select({ id: permissions.id, name: permissions.name, category: permissions.category, description: permissions.description })
    .from(rolePermissions)
    .innerJoin(permissions, eq(permissions.id, rolePermissions.permissionId))
    .where(eq(rolePermissions.roleId, id))
    .orderBy(asc(permissions.category), asc(permissions.name));
  return { role_id: role.id, name: role.name, description: role.description, is_system_role: role.is_system_role, permissions: rows };
}

function validatePermissionNames(names: string[], path: string): void {
  const errors = names.flatMap((n, i) =>
    isPermission(n) ? [] : [{ path: `${path}.${i}`, message: `unknown permission ${JSON.stringify(n)}` }],
  );
  if (errors.length > 0) throw validationFailed(`${errors[0]!.path} ${errors[0]!.message}`, errors);
}

async function setPermissions(tx: Tx, roleId: number, names: string[]): Promise<void> {
  await tx.delete(rolePermissions).where(eq(rolePermissions.roleId, roleId));
  const unique = [...new Set(names)];
  if (unique.length === 0) return;
  const ids = await tx.select({ id: permissions.id }).from(permissions).where(inArray(permissions.name, unique));
  await tx.insert(rolePermissions).values(ids.map((p) => ({ roleId, permissionId: p.id })));
}

/** Users holding the role now (unexpired assignments), deactivated ones included. */
async function holdersOf(tx: Tx, roleId: number) {
  return tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.roleId, roleId), or(isNull(userRoles.expiresAt), sql`${userRoles.expiresAt} > now()`)))
    .orderBy(asc(users.id));
}

/**
 * Refuses a change of `role`'s permissions that the actor may not make: every permission added
 * or removed must be the actor's, and every holder one whose roles the actor may change.
 */
async function assertMayChangeRolePermissions(
  tx: Tx,
  actor: Actor,
  role: { id: number; name: string; isSystemRole: boolean },
  before: readonly string[],
  after: readonly string[],
): Promise<void> {
  const changed = [...after.filter((p) => !before.includes(p)), ...before.filter((p) => !after.includes(p))];
  if (changed.length === 0) return;
  assertCanGrant(actor, changed, `change these permissions of the ${role.name} role`);
  for (const holder of await holdersOf(tx, role.id)) {
    await assertMayChangeRolesOf(
      tx,
      actor,
      {
        id: holder.id,
        who: `its holder ${holder.name} (${holder.email})`,
        selfMessage: `You cannot change the ${role.name} role: you hold it yourself; ask another administrator`,
      },
      [{ roleName: role.name, isSystemRole: role.isSystemRole, permissions: changed }],
      `change the ${role.name} role`,
    );
  }
}

export async function createRole(db: Db, actor: Actor, input: Static<typeof CreateRoleBody>): Promise<RoleView> {
  validatePermissionNames(input.permissions, 'body.permissions');
  assertCanGrant(actor, input.permissions, 'create a role with these permissions');
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.name, input.name));
    if (existing) throw conflict(`A role named ${input.name} already exists`, { field: 'name' });
    const [row] = await tx
      .insert(roles)
      .values({ name: input.name, description: input.description ?? '', isSystemRole: false })
      .returning();
    await setPermissions(tx, row!.id, input.permissions);
    const view = await getRole(tx, row!.id);
    await recordAudit(tx, actor, { action: 'role.create', targetType: 'role', targetId: row!.id, after: view });
    await bumpAuthzVersion(tx);
    return view;
  });
}

export async function updateRole(db: Db, actor: Actor, id: number, input: Static<typeof UpdateRoleBody>): Promise<RoleView> {
  if (input.permissions) validatePermissionNames(input.permissions, 'body.permissions');
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SUPER_ADMIN_LOCK})`);
    const before = await getRole(tx, id);
    if (before.is_system_role) {
      if (input.name !== undefined && input.name !== before.name) throw conflict('System roles cannot be renamed');
      if (!actor.account.permissions.has('manage_permissions') && actor.via !== 'cli' && actor.via !== 'system') {
        throw new AppError('forbidden', "Changing a system role requires the 'manage_permissions' permission", {
          required_permission: 'manage_permissions',
        });
      }
    }
    if (input.name !== undefined && input.name !== before.name) {
      const [clash] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.name, input.name));
      if (clash) throw conflict(`A role named ${input.name} already exists`, { field: 'name' });
    }
    if (input.permissions && before.is_system_role && before.name === 'super_admin') {
      throw conflict('The super_admin role always holds every permission; it cannot be edited');
    }
    if (input.permissions) {
      await assertMayChangeRolePermissions(
        tx,
        actor,
        { id, name: before.name, isSystemRole: before.is_system_role },
        before.permissions,
        input.permissions,
      );
      await setPermissions(tx, id, input.permissions);
    }
    await tx
      .update(roles)
      .set({
        ...changedColumns(input, { name: 'name', description: 'description' }),
        updatedAt: new Date(),
      })
      .where(eq(roles.id, id));
    const after = await getRole(tx, id);
    await recordAudit(tx, actor, { action: 'role.update', targetType: 'role', targetId: id, before, after });
    await bumpAuthzVersion(tx);
    return after;
  });
}

export async function deleteRole(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await getRole(tx, id);
    if (before.is_system_role) throw conflict('System roles cannot be deleted');
    // Expired assignments still name the role: they are kept (and shown on the user) until removed.
    const [row] = await tx
      .select({
        current: sql<number>`count(*) filter (where ${userRoles.expiresAt} is null or ${userRoles.expiresAt} > now())::int`,
        expired: sql<number>`count(*) filter (where ${userRoles.expiresAt} <= now())::int`,
      })
      .from(userRoles)
      .where(eq(userRoles.roleId, id));
    const current = row?.current ?? 0;
    const expired = row?.expired ?? 0;
    if (current + expired > 0) {
      const parts = [
        current > 0 ? `${current} user${current === 1 ? '' : 's'}` : null,
        expired > 0 ? `${expired} expired assignment${expired === 1 ? '' : 's'}` : null,
      ].filter(Boolean);
      throw conflict(`The role still has ${parts.join(' and ')}; remove those assignments first`, {
        user_count: current,
        expired_assignment_count: expired,
      });
    }
    await tx.delete(roles).where(eq(roles.id, id));
    await recordAudit(tx, actor, { action: 'role.delete', targetType: 'role', targetId: id, before });
    await bumpAuthzVersion(tx);
  });
}

// ------------------------------------------------------------------------------------------
// Export / import

export const ROLE_EXPORT_FORMAT = 'timekeeper.roles.v1';

export async function exportRoles(db: Db) {
  const all = await listRoles(db);
  return {
    format: ROLE_EXPORT_FORMAT,
    exported_at: new Date().toISOString(),
    roles: all.map((r) => ({ name: r.name, description: r.description, is_system_role: r.is_system_role, permissions: r.permissions })),
  } satisfies Static<typeof RoleExport>;
}

/**
 * Creates or updates roles by name, in one transaction. System roles in the file update the
 * existing system role's permissions (the route requires `manage_permissions`); other names
 * become custom roles. Every role passes the same escalation guard as a manual edit.
 */
export async function importRoles(db: Db, actor: Actor, input: Static<typeof ImportBody>): Promise<Static<typeof ImportResult>> {
  if (input.format !== ROLE_EXPORT_FORMAT) {
    throw validationFailed(`format must be ${ROLE_EXPORT_FORMAT}`, [{ path: 'body.format', message: `must be ${ROLE_EXPORT_FORMAT}` }]);
  }
  const pattern = new RegExp(ROLE_NAME_PATTERN);
  const errors: { path: string; message: string }[] = [];
  const names = new Set<string>();
  input.roles.forEach((r, i) => {
    if (!pattern.test(r.name)) errors.push({ path: `body.roles.${i}.name`, message: 'must be lowercase letters, digits and underscores' });
    if (names.has(r.name)) errors.push({ path: `body.roles.${i}.name`, message: 'appears twice' });
    names.add(r.name);
    r.permissions.forEach(
      (p, j) =>
        !isPermission(p) && errors.push({ path: `body.roles.${i}.permissions.${j}`, message: `unknown permission ${JSON.stringify(p)}` }),
    );
  });
  if (errors.length > 0) throw validationFailed(`${errors[0]!.path} ${errors[0]!.message}`, errors);

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SUPER_ADMIN_LOCK})`);
    const created: string[] = [];
    const updated: string[] = [];
    const unchanged: string[] = [];
    for (const r of input.roles) {
      const [existing] = await tx.select().from(roles).where(eq(roles.name, r.name));
      if (!existing) {
        assertCanGrant(actor, r.permissions, `import role ${r.name}`);
        const [row] = await tx
          .insert(roles)
          .values({ name: r.name, description: r.description ?? '', isSystemRole: false })
          .returning();
        await setPermissions(tx, row!.id, r.permissions);
        created.push(r.name);
        continue;
      }
      const before = (await views(tx, [existing]))[0]!;
      if (existing.isSystemRole && existing.name === 'super_admin') {
        unchanged.push(r.name); // always every permission; an import cannot narrow it
        continue;
      }
      const same = before.permissions.length === new Set(r.permissions).size && r.permissions.every((p) => before.permissions.includes(p));
      if (same && (r.description === undefined || r.description === before.description)) {
        unchanged.push(r.name);
        continue;
      }
      await assertMayChangeRolePermissions(
        tx,
        actor,
        { id: existing.id, name: existing.name, isSystemRole: existing.isSystemRole },
        before.permissions,
        r.permissions,
      );
      await setPermissions(tx, existing.id, r.permissions);
      await tx
        .update(roles)
        .set({ ...changedColumns(r, { description: 'description' }), updatedAt: new Date() })
        .where(eq(roles.id, existing.id));
      updated.push(r.name);
    }
    const result = { created, updated, unchanged };
    await recordAudit(tx, actor, { action: 'role.import', targetType: 'role', targetId: null, after: result });
    if (created.length + updated.length > 0) await bumpAuthzVersion(tx);
    return result;
  });
}
