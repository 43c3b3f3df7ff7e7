/**
 * Keeps the database's permission catalog and system roles in line with @timekeeper/shared.
 *
 * - Catalog permissions missing from the table are added; rows no longer in the catalog are
 *   removed everywhere (custom roles included) — a removed permission stays removed.
 * - A system role receives each preset permission once (recorded in role_defaults_applied).
 *   A default a super admin later removed is not re-added; a permission dropped from the preset
 *   is taken away again. Custom roles and user assignments are never touched.
 * - `seed-permissions` additionally turns legacy `users.role` values into role assignments.
 * Idempotent: a second run reports no changes.
 */
import { PERMISSION_NAMES, PERMISSIONS, SYSTEM_ROLE_NAMES, SYSTEM_ROLES, type LegacyRole } from '@timekeeper/shared';
import { and, eq, inArray, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { permissions, roleDefaultsApplied, rolePermissions, roles, userRoles, users } from '../../db/schema/index.js';
import { systemActor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { recordAudit } from '../audit/audit.service.js';
import { bumpAuthzVersion } from '../../kernel/auth/authz-cache.js';

export interface SyncReport {
  permissionsAdded: string[];
  permissionsUpdated: string[];
  permissionsRemoved: string[];
  rolesCreated: string[];
  rolePermissionsAdded: string[];
  rolePermissionsRemoved: string[];
  legacyUsersMigrated: string[];
}

const SYNC_LOCK = 727_004;

export function reportIsEmpty(r: SyncReport): boolean {
  return Object.values(r).every((list) => list.length === 0);
}

export function formatReport(r: SyncReport): string {
  if (reportIsEmpty(r)) return 'No changes: the permission catalog and system roles are up to date.';
  const lines: string[] = [];
  const add = (label: string, list: string[]) => list.length > 0 && lines.push(`${label} (${list.length}):\n  ${list.join('\n  ')}`);
  add('Permissions added', r.permissionsAdded);
  add('Permissions updated', r.permissionsUpdated);
  add('Permissions removed', r.permissionsRemoved);
  add('System roles created', r.rolesCreated);
  add('Role permissions added', r.rolePermissionsAdded);
  add('Role permissions removed', r.rolePermissionsRemoved);
  add('Legacy users migrated', r.legacyUsersMigrated);
  return lines.join('\n');
}

async function syncPermissions(tx: Tx, report: SyncReport): Promise<Map<string, number>> {
  const existing = await tx.select().from(permissions);
  for (const row of existing) {
    if (!(PERMISSION_NAMES as string[]).includes(row.name)) report.permissionsRemoved.push(row.name);
  }
  if (report.permissionsRemoved.length > 0) await tx.delete(permissions).where(inArray(permissions.name, report.permissionsRemoved));
  for (const name of PERMISSION_NAMES) {
    const def = PERMISSIONS[name];
    const row = existing.find((e) => e.name === name);
    if (!row) {
      await tx.insert(permissions).values({ name, description: def.description, category: def.category });
      report.permissionsAdded.push(name);
    } else if (row.description !== def.description || row.category !== def.category) {
      await tx.update(permissions).set({ description: def.description, category: def.category }).where(eq(permissions.id, row.id));
      report.permissionsUpdated.push(name);
    }
  }
  const all = await tx.select({ id: permissions.id, name: permissions.name }).from(permissions);
  return new Map(all.map((p) => [p.name, p.id]));
}

async function syncSystemRoles(tx: Tx, ids: Map<string, number>, report: SyncReport): Promise<void> {
  for (const name of SYSTEM_ROLE_NAMES) {
    const preset = SYSTEM_ROLES[name];
    let [role] = await tx.select().from(roles).where(eq(roles.name, name));
    if (!role) {
      [role] = await tx.insert(roles).values({ name, description: preset.description, isSystemRole: true }).returning();
      report.rolesCreated.push(name);
    } else if (!role.isSystemRole) {
      // A custom role took a system role's name before this version shipped it: adopt it.
      await tx.update(roles).set({ isSystemRole: true }).where(eq(roles.id, role.id));
      report.rolesCreated.push(`${name} (adopted existing custom role)`);
    }
    const roleId = role!.id;
    const applied = new Set(
      (
        await tx.select({ p: roleDefaultsApplied.permissionName }).from(roleDefaultsApplied).where(eq(roleDefaultsApplied.roleId, roleId))
      ).map((r) => r.p),
    );
    const presetNames = new Set<string>(preset.permissions);
    for (const p of preset.permissions) {
      if (applied.has(p)) continue;
      const inserted = await tx
        .insert(rolePermissions)
        .values({ roleId, permissionId: ids.get(p)! })
        .onConflictDoNothing()
        .returning();
      await tx.insert(roleDefaultsApplied).values({ roleId, permissionName: p }).onConflictDoNothing();
      if (inserted.length > 0) report.rolePermissionsAdded.push(`${name}: ${p}`);
    }
    const dropped = [...applied].filter((p) => !presetNames.has(p));
    if (dropped.length > 0) {
      const droppedIds = dropped.map((p) => ids.get(p)).filter((id): id is number => id !== undefined);
      if (droppedIds.length > 0) {
        const removed = await tx
          .delete(rolePermissions)
          .where(and(eq(rolePermissions.roleId, roleId), inArray(rolePermissions.permissionId, droppedIds)))
          .returning();
        if (removed.length > 0) report.rolePermissionsRemoved.push(...dropped.filter((p) => ids.has(p)).map((p) => `${name}: ${p}`));
      }
      await tx
        .delete(roleDefaultsApplied)
        .where(and(eq(roleDefaultsApplied.roleId, roleId), inArray(roleDefaultsApplied.permissionName, dropped)));
    }
  }
}

async function migrateLegacyUsers(tx: Tx, report: SyncReport): Promise<void> {
  const legacy = await tx
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(and(isNotNull(users.role), notInArray(users.id, tx.select({ id: userRoles.userId }).from(userRoles))));
  for (const u of legacy) {
    const target = (u.role as LegacyRole) === 'admin' ? 'admin' : u.role === 'user' ? 'user' : null;
    if (!target) continue;
    const [role] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.name, target));
    await tx.insert(userRoles).values({ userId: u.id, roleId: role!.id });
    report.legacyUsersMigrated.push(`${u.email}: ${u.role} → ${target}`);
  }
}

export async function syncCatalog(db: Db, options: { migrateLegacy: boolean; via: 'cli' | 'system' }): Promise<SyncReport> {
  const report: SyncReport = {
    permissionsAdded: [],
    permissionsUpdated: [],
    permissionsRemoved: [],
    rolesCreated: [],
    rolePermissionsAdded: [],
    rolePermissionsRemoved: [],
    legacyUsersMigrated: [],
  };
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SYNC_LOCK})`);
    const ids = await syncPermissions(tx, report);
    await syncSystemRoles(tx, ids, report);
    if (options.migrateLegacy) await migrateLegacyUsers(tx, report);
    if (!reportIsEmpty(report)) {
      const actor = systemActor(options.via);
      await recordAudit(tx, actor, {
        action: options.migrateLegacy ? 'permissions.seed' : 'permissions.update',
        targetType: 'catalog',
        targetId: null,
        after: report,
      });
      await bumpAuthzVersion(tx);
    }
  });
  return report;
}
