/**
 * Read models of authorization: what a user may do, and why.
 */
import {
  closePermissions,
  decideProjectAction,
  isAssignmentActive,
  PERMISSION_NAMES,
  projectAccess,
  requirementPermissions,
  type Permission,
  type PermissionRequirement,
  type ProjectAction,
} from '@timekeeper/shared';
import { asc, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { permissions, projects } from '../../db/schema/index.js';
import { participationOf } from '../projects/project-access.js';
import type { Actor } from '../../lib/actor.js';
import { notFound } from '../../lib/errors.js';
import { accessOf, loadUserSnapshot, type UserSnapshot } from '../../kernel/auth/authz-cache.js';
import type { MyPermissions, UserPermissions } from '../users/users.schemas.js';
import type { Explanation } from './authz.schemas.js';

function roleRefs(snap: UserSnapshot, now: Date, activeOnly: boolean) {
  return snap.assignments
    .filter((a) => !activeOnly || isAssignmentActive(a, now))
    .map((a) => ({ id: a.roleId, name: a.roleName, is_system_role: a.isSystemRole, expires_at: a.expiresAt?.toISOString() ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** GET /users/me/permissions: what the SPA gates navigation and buttons on. */
export async function myPermissions(app: FastifyInstance, actor: Actor): Promise<Static<typeof MyPermissions>> {
  const snap = await app.authz.user(actor.userId!);
  if (!snap) throw notFound('User');
  const now = new Date();
  return {
    user_id: snap.id,
    is_admin: actor.account.isAdmin,
    roles: roleRefs(snap, now, true),
    permissions: PERMISSION_NAMES.filter((p) => actor.account.permissions.has(p)),
    scopes: actor.scopes === null ? null : [...actor.scopes],
    version: app.authz.currentVersion,
  };
}

/** GET /users/{id}/permissions in its documented shape, docs/api/users.md (with ids and descriptions). */
export async function effectivePermissionsOf(db: Db, userId: number): Promise<Static<typeof UserPermissions>> {
  const snap = await loadUserSnapshot(db, userId);
  if (!snap) throw notFound('User');
  const now = new Date();
  const access = accessOf(snap, now);
  const names = [...access.permissions];
  const rows = names.length
    ? await db
        .select({ id: permissions.id, name: permissions.name, category: permissions.category, description: permissions.description })
        .from(permissions)
        .where(inArray(permissions.name, names))
        .orderBy(asc(permissions.category), asc(permissions.name))
    : [];
  return {
    user_id: snap.id,
    username: snap.email,
    name: snap.name,
    is_active: snap.isActive,
    is_admin: access.isAdmin,
    roles: roleRefs(snap, now, true),
    permissions: rows,
  };
}

export type ExplainReason =
  | {
      kind: 'role';
      role_id: number;
      role_name: string;
      is_system_role: boolean;
      expires_at: string | null;
      via: 'direct' | 'implied';
      implied_by?: string;
    }
  | { kind: 'legacy_admin' };

export type ExplainBlocker =
  | { kind: 'inactive_user' }
  | { kind: 'expired_assignment'; role_id: number; role_name: string; expired_at: string }
  | { kind: 'not_granted' };

/** Which role / assignment grants (or would have granted) a permission to a user. */
export async function explainPermission(db: Db, userId: number, permission: Permission): Promise<Static<typeof Explanation>> {
  const snap = await loadUserSnapshot(db, userId);
  if (!snap) throw notFound('User');
  const now = new Date();
  const access = accessOf(snap, now);
  const reasons: ExplainReason[] = [];
  const blockers: ExplainBlocker[] = [];

  const grants = (perms: readonly string[]): { via: 'direct' | 'implied'; implied_by?: string } | null => {
    if (perms.includes(permission)) return { via: 'direct' };
    const by = perms.find((p) => closePermissions([p]).has(permission));
    return by ? { via: 'implied', implied_by: by } : null;
  };

  if (!snap.isActive) blockers.push({ kind: 'inactive_user' });
  if (access.isLegacyAdmin && access.permissions.has(permission)) reasons.push({ kind: 'legacy_admin' });
  for (const a of snap.assignments) {
    const g = grants(a.permissions);
    if (!g) continue;
    if (isAssignmentActive(a, now)) {
      reasons.push({
        kind: 'role',
        role_id: a.roleId,
        role_name: a.roleName,
        is_system_role: a.isSystemRole,
        expires_at: a.expiresAt?.toISOString() ?? null,
        ...g,
      });
    } else {
      blockers.push({ kind: 'expired_assignment', role_id: a.roleId, role_name: a.roleName, expired_at: a.expiresAt!.toISOString() });
    }
  }
  const allowed = snap.isActive && access.permissions.has(permission);
  if (!allowed && reasons.length === 0 && !blockers.some((b) => b.kind === 'expired_assignment')) blockers.push({ kind: 'not_granted' });
  const summary = allowed
    ? `${snap.email} holds '${permission}' through ${reasons.map((r) => (r.kind === 'legacy_admin' ? 'the legacy admin flag' : `the ${r.role_name} role${r.via === 'implied' ? ` (implied by ${r.implied_by})` : ''}`)).join(', ')}`
    : !snap.isActive
      ? `${snap.email} is deactivated and holds no permissions`
      : blockers.some((b) => b.kind === 'expired_assignment')
        ? `${snap.email} held '${permission}' through an assignment that has expired`
        : `No role of ${snap.email} grants '${permission}'`;
  return { user_id: snap.id, permission, allowed, reasons: allowed ? reasons : [], blockers: allowed ? [] : blockers, summary };
}

/**
 * Why a user may or may not do a project action: the membership level (or an admin role), a flag
 * of the participation, or the account permission that reaches the action on every project the
 * user sees (permissions never raise the level).
 */
export async function explainProjectAction(
  db: Db,
  userId: number,
  projectId: number,
  action: ProjectAction,
): Promise<Static<typeof Explanation>> {
  const snap = await loadUserSnapshot(db, userId);
  if (!snap) throw notFound('User');
  const [project] = await db.select({ id: projects.id, name: projects.name }).from(projects).where(eq(projects.id, projectId));
  if (!project) throw notFound('Project');
  const account = accessOf(snap);
  const participation = await participationOf(db, projectId, userId);
  const access = projectAccess(account, participation);
  const decision = decideProjectAction(action, access, account);
  const who = snap.email;
  const source =
    access.levelSource === 'account_admin' ? 'an administrator role (admins act as project admin everywhere)' : 'their participation';
  const seen =
    access.visibleThrough === 'permission:view_all_projects'
      ? 'they see the project through the view_all_projects permission but are not a member'
      : 'they are not a member';
  const permissionWords = (req: PermissionRequirement) => {
    const names = requirementPermissions(req);
    return typeof req === 'object' && 'allOf' in req
      ? `the ${names.join(' and ')} permissions together`
      : `the ${names.join(' or ')} permission`;
  };
  const summary = decision.allowed
    ? decision.reason.kind === 'level'
      ? `${who} may ${action} on project ${projectId}: level ${access.level} (from ${source}) is at least ${decision.reason.minimum}`
      : decision.reason.kind === 'flag'
        ? `${who} may ${action} on project ${projectId} through the ${decision.reason.flag} flag of their participation`
        : `${who} may ${action} on project ${projectId} through ${decision.reason.allOf ? permissionWords({ allOf: decision.reason.allOf }) : permissionWords(decision.reason.permission)}`
    : decision.unseen
      ? `${who} cannot see project ${projectId}: no participation and no view_all_projects permission`
      : `${who} may not ${action} on project ${projectId}: it needs at least the ${decision.minimum} level${decision.permission ? ` or ${permissionWords(decision.permission)}` : ''}, and ${access.level === null ? seen : `their level is ${access.level} (from ${source})`}`;
  return {
    user_id: userId,
    project_id: projectId,
    action,
    allowed: decision.allowed,
    level: access.level,
    level_source: access.levelSource,
    visible: access.visible,
    visible_through: access.visibleThrough,
    participation: participation ? { level: participation.level, flags: participation.flags } : null,
    decided_by: decision.allowed ? decision.reason : null,
    minimum_level: decision.allowed ? null : decision.minimum,
    alternative_permission: decision.allowed ? null : decision.permission,
    summary,
  };
}
