/**
 * Users: accounts, their role assignments and the guards against escalation
 * (docs/api/roles-and-permissions.md, "Guards against escalation").
 *
 * Guards: nobody grants what they do not hold, nor a role above their own rank (only admins grant
 * `admin`, only super admins `super_admin`); nobody changes their own role assignments nor sets
 * their own password here (that is POST /auth/password, with the current one); nobody edits,
 * resets or deactivates a user who ranks above them or holds permissions they lack; the last
 * active super_admin can be neither demoted nor deactivated.
 */
import { accountRank, closePermissions, hasPermission, mayGrantRole, roleRank, type RoleIdentity } from '@timekeeper/shared';
import { and, asc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { apiTokens, rolePermissions, permissions, roles, sessions, userRoles, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { requireLocale, requireTimeZone, userTimeSettings } from '../../lib/caller-calendar.js';
import type { Tx } from '../../lib/db-types.js';
import { AppError, conflict, notFound, permissionRequired, validationFailed } from '../../lib/errors.js';
import { containsPattern } from '../../lib/search.js';
import { changedColumns } from '../../lib/changed-columns.js';
import { paginate, type Page } from '../../lib/pagination.js';
import type { FilterOf } from '../../lib/schemas.js';
import { assertAcceptablePassword, hashPassword } from '../../lib/passwords.js';
import { recordAudit } from '../audit/audit.service.js';
import { accessOf, bumpAuthzVersion, loadUserSnapshot } from '../../kernel/auth/authz-cache.js';
import type {
  CreateUserBody,
  Me,
  RoleAssignment,
  RoleRef as RoleRefSchema,
  UpdateMeBody,
  UpdateUserBody,
  User,
  UsersQuery,
} from './users.schemas.js';

type UserRow = typeof users.$inferSelect;

export type RoleRef = Static<typeof RoleRefSchema>;
export type UserView = Static<typeof User>;

/** Serializable lock for changes that could remove the last super admin. */
const SUPER_ADMIN_LOCK = 727_002;

export async function roleRefsFor(db: Tx, userIds: number[]): Promise<Map<number, RoleRef[]>> {
  const out = new Map<number, RoleRef[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return out;
  const rows = await db
    .select({ userId: userRoles.userId, id: roles.id, name: roles.name, isSystemRole: roles.isSystemRole, expiresAt: userRoles.expiresAt })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(roles.name));
  for (const r of rows)
    out.get(r.userId)?.push({ id: r.id, name: r.name, is_system_role: r.isSystemRole, expires_at: r.expiresAt?.toISOString() ?? null });
  return out;
}

export function toUserView(user: UserRow, roleRefs: RoleRef[]): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    is_active: user.isActive,
    legacy_role: user.role,
    roles: roleRefs,
    created_at: user.createdAt.toISOString(),
    last_login_at: user.lastLoginAt?.toISOString() ?? null,
  };
}

export async function userView(db: Tx, userId: number): Promise<UserView> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound('User');
  return toUserView(user, (await roleRefsFor(db, [userId])).get(userId) ?? []);
}

/** GET /users/me: the user, and the time settings that apply to them (their own, else the organisation's). */
export async function meView(db: Tx, userId: number): Promise<Static<typeof Me>> {
  const user = await userView(db, userId);
  const { settings, source } = await userTimeSettings(db, userId);
  return { ...user, ...settings, time_settings_source: source };
}

export async function findUserByEmail(db: Tx, email: string): Promise<UserRow | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return user ?? null;
}

// ------------------------------------------------------------------------------------------
// Guards

function isSystem(actor: Actor): boolean {
  return actor.via === 'system' || actor.via === 'cli';
}

/** Refuses when `wanted` (closed under implies) contains a permission the actor lacks. */
export function assertCanGrant(actor: Actor, wanted: Iterable<string>, what: string): void {
  if (isSystem(actor)) return;
  for (const p of closePermissions(wanted)) {
    if (!actor.account.permissions.has(p)) {
      throw new AppError('forbidden', `You cannot ${what}: it includes the '${p}' permission, which you do not hold`, {
        required_permission: p,
      });
    }
  }
}

const RANK_WORDS = ['', 'an administrator', 'a super admin'] as const;
const rankWords = (rank: number) => RANK_WORDS[rank] ?? 'a super admin';

/** Refuses a role the actor may not grant or take away as a whole (only admins grant admin …). */
export function assertMayGrantRole(actor: Actor, role: RoleIdentity): void {
  if (isSystem(actor) || mayGrantRole(actor.account, role)) return;
  const who = roleRank(role) >= 2 ? 'super admins' : 'administrators';
  throw new AppError('forbidden', `Only ${who} can grant the ${role.roleName} role, or take it away`);
}

/**
 * Refuses when the target user ranks above the actor (an administrator above someone who merely
 * holds the same permissions) or holds permissions the actor lacks (an admin cannot reset a
 * super admin). `who` names the target in the message.
 */
async function assertNotAbove(db: Tx, actor: Actor, targetId: number, what: string, who = 'this user'): Promise<void> {
  if (isSystem(actor)) return;
  const snap = await loadUserSnapshot(db, targetId);
  if (!snap) throw notFound('User');
  const target = accessOf(snap);
  const targetRank = accountRank(target);
  if (targetRank > accountRank(actor.account)) {
    throw new AppError('forbidden', `You cannot ${what}: ${who} is ${rankWords(targetRank)}, and you are not`, { user_id: targetId });
  }
  for (const p of target.permissions) {
    if (!actor.account.permissions.has(p)) {
      throw new AppError('forbidden', `You cannot ${what}: ${who} holds the '${p}' permission, which you do not hold`, {
        required_permission: p,
        user_id: targetId,
      });
    }
  }
}

export interface RoleChange extends RoleIdentity {
  /** The permissions the change gives or takes away. */
  permissions: readonly string[];
}

export interface GuardTarget {
  id: number;
  /** How the messages name the target ("this user", or a role holder by name and email). */
  who: string;
  /** The refusal when the target is the actor. */
  selfMessage: string;
}

/**
 * The guard for changing someone's roles: PUT /users/{id}/roles runs it for the user, and
 * PATCH /roles/{id} for every holder of the role. Not one's own; not someone ranking above one or
 * holding permissions one lacks; every role changed within one's rank; every permission given or
 * taken away held by oneself. (The last super admin is checked after the write.)
 */
export async function assertMayChangeRolesOf(
  tx: Tx,
  actor: Actor,
  target: GuardTarget,
  changes: readonly RoleChange[],
  what: string,
): Promise<void> {
  if (isSystem(actor)) return;
  if (actor.userId === target.id) throw new AppError('forbidden', target.selfMessage, { user_id: target.id });
  await assertNotAbove(tx, actor, target.id, what, target.who);
  for (const change of changes) assertMayGrantRole(actor, change);
  assertCanGrant(
    actor,
    changes.flatMap((c) => c.permissions),
    what,
  );
}

async function assertSuperAdminRemains(tx: Tx): Promise<void> {
  const [row] = await tx
    .select({ n: sql<number>`count(distinct ${users.id})::int` })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(
      and(
        eq(roles.name, 'super_admin'),
        eq(roles.isSystemRole, true),
        eq(users.isActive, true),
        // An expiring assignment would demote the last super admin later: only permanent ones count.
        isNull(userRoles.expiresAt),
      ),
    );
  if ((row?.n ?? 0) < 1) {
    throw conflict('This change would leave no active super_admin with a permanent assignment; give the role to someone else first');
  }
}

// ------------------------------------------------------------------------------------------
// Role resolution

export type RoleAssignmentInput = Static<typeof RoleAssignment>;

interface ResolvedAssignment {
  roleId: number;
  roleName: string;
  isSystemRole: boolean;
  expiresAt: Date | null;
  permissions: string[];
}

async function resolveAssignments(db: Tx, input: RoleAssignmentInput[]): Promise<ResolvedAssignment[]> {
  const all = await db.select({ id: roles.id, name: roles.name, isSystemRole: roles.isSystemRole }).from(roles);
  const resolved: ResolvedAssignment[] = [];
  const seen = new Set<number>();
  const errors: { path: string; message: string }[] = [];
  input.forEach((a, i) => {
    const role = typeof a.role === 'number' ? all.find((r) => r.id === a.role) : all.find((r) => r.name === a.role);
    if (!role) {
      errors.push({ path: `body.roles.${i}.role`, message: `no role ${JSON.stringify(a.role)}` });
      return;
    }
    if (seen.has(role.id)) {
      errors.push({ path: `body.roles.${i}.role`, message: `role ${role.name} is listed twice` });
      return;
    }
    seen.add(role.id);
    const expiresAt = a.expires_at ? new Date(a.expires_at) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      errors.push({ path: `body.roles.${i}.expires_at`, message: 'must be in the future' });
      return;
    }
    resolved.push({ roleId: role.id, roleName: role.name, isSystemRole: role.isSystemRole, expiresAt, permissions: [] });
  });
  if (errors.length > 0) throw validationFailed(`${errors[0]!.path} ${errors[0]!.message}`, errors);
  if (resolved.length > 0) {
    const perms = await db
      .select({ roleId: rolePermissions.roleId, name: permissions.name })
      .from(rolePermissions)
      .innerJoin(permissions, eq(permissions.id, rolePermissions.permissionId))
      .where(
        inArray(
          rolePermissions.roleId,
          resolved.map((r) => r.roleId),
        ),
      );
    for (const p of perms) resolved.find((r) => r.roleId === p.roleId)?.permissions.push(p.name);
  }
  return resolved;
}

async function writeAssignments(
  tx: Tx,
  actor: Actor,
  userId: number,
  wanted: ResolvedAssignment[],
): Promise<{ before: RoleRef[]; after: RoleRef[] }> {
  const before = (await roleRefsFor(tx, [userId])).get(userId) ?? [];
  await tx.delete(userRoles).where(eq(userRoles.userId, userId));
  // Once roles are managed explicitly, the legacy column must not come back to life when the
  // assignments are emptied (it would make a legacy admin again).
  await tx.update(users).set({ role: null }).where(eq(users.id, userId));
  if (wanted.length > 0) {
    await tx.insert(userRoles).values(wanted.map((w) => ({ userId, roleId: w.roleId, expiresAt: w.expiresAt, assignedBy: actor.userId })));
  }
  const after = (await roleRefsFor(tx, [userId])).get(userId) ?? [];
  return { before, after };
}

// ------------------------------------------------------------------------------------------
// Operations

/** Creates a user; without `roles` the user gets the `user` role. */
export async function createUser(db: Db, actor: Actor, input: Static<typeof CreateUserBody>): Promise<UserView> {
  if (input.roles !== undefined && !isSystem(actor) && !hasPermission(actor.account.permissions, 'manage_user_roles')) {
    throw new AppError('forbidden', "Assigning roles requires the 'manage_user_roles' permission", {
      required_permission: 'manage_user_roles',
    });
  }
  await assertAcceptablePassword(input.password, input, 'body.password');
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const wanted = await resolveAssignments(tx, input.roles ?? [{ role: 'user' }]);
    // Nobody creates a user more privileged than themselves.
    for (const w of wanted) assertMayGrantRole(actor, w);
    assertCanGrant(
      actor,
      wanted.flatMap((w) => w.permissions),
      'assign these roles',
    );
    if (await findUserByEmail(tx, input.email)) throw conflict('A user with this email already exists', { field: 'email' });
    const [user] = await tx.insert(users).values({ email: input.email.trim(), name: input.name.trim(), passwordHash }).returning();
    const created = user!;
    const { after } = await writeAssignments(tx, actor, created.id, wanted);
    const view = toUserView(created, after);
    await recordAudit(tx, actor, { action: 'user.create', targetType: 'user', targetId: created.id, after: view });
    await bumpAuthzVersion(tx);
    return view;
  });
}

export async function listUsers(db: Db, filter: FilterOf<typeof UsersQuery>, page: Page) {
  const where: SQL[] = [];
  if (filter.q) where.push(or(ilike(users.email, containsPattern(filter.q)), ilike(users.name, containsPattern(filter.q)))!);
  if (filter.is_active !== undefined) where.push(eq(users.isActive, filter.is_active));
  if (filter.role) {
    where.push(
      sql`exists (select 1 from ${userRoles} join ${roles} on ${roles.id} = ${userRoles.roleId} where ${userRoles.userId} = ${users.id} and ${roles.name} = ${filter.role})`,
    );
  }
  const condition = where.length > 0 ? and(...where) : undefined;
  const result = await paginate(
    page,
    async () => db.$count(users, condition),
    (limit, offset) => db.select().from(users).where(condition).orderBy(asc(users.name), asc(users.id)).limit(limit).offset(offset),
  );
  const refs = await roleRefsFor(
    db,
    result.items.map((u) => u.id),
  );
  return { users: result.items.map((u) => toUserView(u, refs.get(u.id) ?? [])), pagination: result.pagination };
}

/** A user is visible to themselves and to holders of `view_users`; others get 404. */
export async function getUser(db: Db, actor: Actor, id: number): Promise<UserView> {
  if (actor.userId !== id && !actor.account.permissions.has('view_users')) throw notFound('User');
  return userView(db, id);
}

/** 409 when another user already signs in with this email. */
async function assertEmailFree(tx: Tx, email: string | undefined, id: number): Promise<void> {
  if (email === undefined) return;
  const other = await findUserByEmail(tx, email);
  if (other && other.id !== id) throw conflict('A user with this email already exists', { field: 'email' });
}

/** The name and email columns a body changes, trimmed. */
const profileColumns = (input: { name?: string; email?: string }) =>
  changedColumns({ name: input.name?.trim(), email: input.email?.trim() }, { name: 'name', email: 'email' });

/** Administrative edit of another user (or of oneself through the same rules). */
export async function updateUser(db: Db, actor: Actor, id: number, input: Static<typeof UpdateUserBody>): Promise<UserView> {
  const perms = actor.account.permissions;
  if (!perms.has('view_users') && actor.userId !== id) throw notFound('User');
  if ((input.name !== undefined || input.email !== undefined || input.password !== undefined) && !perms.has('edit_users')) {
    throw permissionRequired('edit_users', 'Editing users');
  }
  if (input.is_active !== undefined && !perms.has('delete_users'))
    throw permissionRequired('delete_users', 'Activating or deactivating users');
  if (input.is_active === false && actor.userId === id) throw conflict('You cannot deactivate your own account');
  if (input.password !== undefined && actor.userId === id) {
    // A stolen session or token must not become a permanent takeover.
    throw new AppError('forbidden', 'Change your own password with POST /auth/password, which asks for the current one');
  }
  let passwordHash: string | undefined;
  if (input.password !== undefined) {
    const [target] = await db.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, id));
    if (!target) throw notFound('User');
    await assertAcceptablePassword(
      input.password,
      { email: input.email ?? target.email, name: input.name ?? target.name },
      'body.password',
    );
    passwordHash = await hashPassword(input.password);
  }

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SUPER_ADMIN_LOCK})`);
    const before = await userView(tx, id);
    if (actor.userId !== id) await assertNotAbove(tx, actor, id, 'change this user');
    await assertEmailFree(tx, input.email, id);
    await tx
      .update(users)
      .set({
        ...profileColumns(input),
        ...changedColumns(input, { is_active: 'isActive' }),
        ...(passwordHash !== undefined ? { passwordHash, passwordChangedAt: new Date() } : {}),
        updatedAt: new Date(),
      })
      .where(eq(users.id, id));
    const endsSessions = input.is_active === false || passwordHash !== undefined;
    const ended = endsSessions
      ? await tx
          .update(sessions)
          .set({ revokedAt: new Date() })
          .where(and(eq(sessions.userId, id), isNull(sessions.revokedAt)))
          .returning({ id: sessions.id })
      : [];
    // A deactivated user's tokens are dead for good: reactivation must not bring them back.
    if (input.is_active === false)
      await tx
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiTokens.userId, id), isNull(apiTokens.revokedAt)));
    if (input.is_active === false) await assertSuperAdminRemains(tx);
    const after = await userView(tx, id);
    if (passwordHash !== undefined) {
      await recordAudit(tx, actor, {
        action: 'user.password.reset',
        targetType: 'user',
        targetId: id,
        after: { password: 'reset', sessions_ended: ended.length },
      });
    }
    if (input.name !== undefined || input.email !== undefined || input.is_active !== undefined) {
      await recordAudit(tx, actor, {
        action:
          input.is_active === false ? 'user.deactivate' : input.is_active === true && !before.is_active ? 'user.activate' : 'user.update',
        targetType: 'user',
        targetId: id,
        before,
        after,
      });
    }
    if (endsSessions || input.is_active !== undefined || input.email !== undefined) await bumpAuthzVersion(tx);
    return after;
  });
}

/** Replaces the user's role assignments (PUT /users/{id}/roles). */
const OWN_ROLES = 'You cannot change your own role assignments; ask another administrator';

export async function setUserRoles(db: Db, actor: Actor, id: number, input: RoleAssignmentInput[]): Promise<UserView> {
  if (actor.userId === id) throw new AppError('forbidden', OWN_ROLES);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SUPER_ADMIN_LOCK})`);
    const current = await userView(tx, id);
    const wanted = await resolveAssignments(tx, input);
    // Every role added, removed or re-timed must be within what the actor holds.
    const changed = new Set<number>();
    for (const w of wanted) {
      const had = current.roles.find((r) => r.id === w.roleId);
      if (!had || had.expires_at !== (w.expiresAt?.toISOString() ?? null)) changed.add(w.roleId);
    }
    for (const r of current.roles) if (!wanted.some((w) => w.roleId === r.id)) changed.add(r.id);
    const changedIds = [...changed];
    const changes: RoleChange[] = [];
    if (changedIds.length > 0) {
      const rows = await tx
        .select({ roleId: roles.id, roleName: roles.name, isSystemRole: roles.isSystemRole, permission: permissions.name })
        .from(roles)
        .leftJoin(rolePermissions, eq(rolePermissions.roleId, roles.id))
        .leftJoin(permissions, eq(permissions.id, rolePermissions.permissionId))
        .where(inArray(roles.id, changedIds));
      for (const r of rows) {
        let change = changes.find((c) => c.roleName === r.roleName);
        if (!change) changes.push((change = { roleName: r.roleName, isSystemRole: r.isSystemRole, permissions: [] }));
        if (r.permission) (change.permissions as string[]).push(r.permission);
      }
    }
    // Covers legacy admins too: their implicit permissions count as theirs.
    await assertMayChangeRolesOf(tx, actor, { id, who: 'this user', selfMessage: OWN_ROLES }, changes, 'change these role assignments');
    const { before, after } = await writeAssignments(tx, actor, id, wanted);
    await assertSuperAdminRemains(tx);
    await recordAudit(tx, actor, {
      action: 'user.roles.update',
      targetType: 'user',
      targetId: id,
      before: { roles: before },
      after: { roles: after },
    });
    await bumpAuthzVersion(tx);
    return { ...current, roles: after };
  });
}

/** The time-setting columns a body changes: null back to the organisation's default; zone and locale canonical. */
function timeSettingColumns(input: Static<typeof UpdateMeBody>) {
  const { time_zone, locale } = input;
  return changedColumns(
    {
      time_zone: typeof time_zone === 'string' ? requireTimeZone(time_zone, 'body.time_zone') : time_zone,
      week_start: input.week_start,
      locale: typeof locale === 'string' ? requireLocale(locale, 'body.locale') : locale,
      time_format: input.time_format,
    },
    { time_zone: 'timeZone', week_start: 'weekStart', locale: 'locale', time_format: 'timeFormat' },
  );
}

/** PATCH /users/me: a user's own profile (name, email) and time settings. */
export async function updateOwnProfile(db: Db, actor: Actor, input: Static<typeof UpdateMeBody>): Promise<Static<typeof Me>> {
  const id = actor.userId!;
  const timeSettings = timeSettingColumns(input);
  if (input.email !== undefined) {
    const other = await findUserByEmail(db, input.email);
    if (other && other.id !== id) {
      // The 409 tells that the email exists: the route limits how often one may ask, and
      // auditors see who asked about which address.
      await recordAudit(db, actor, {
        action: 'user.profile.update_refused',
        targetType: 'user',
        targetId: id,
        after: { email: input.email.trim().slice(0, 254), reason: 'email_taken' },
      });
      throw conflict('A user with this email already exists', { field: 'email' });
    }
  }
  return db.transaction(async (tx) => {
    const before = await meView(tx, id);
    await assertEmailFree(tx, input.email, id);
    await tx
      .update(users)
      .set({ ...profileColumns(input), ...timeSettings, updatedAt: new Date() })
      .where(eq(users.id, id));
    const after = await meView(tx, id);
    await recordAudit(tx, actor, { action: 'user.profile.update', targetType: 'user', targetId: id, before, after });
    // The email and the time settings travel with each request's caller (kernel/auth/authz-cache.ts).
    if (input.email !== undefined || Object.keys(timeSettings).length > 0) await bumpAuthzVersion(tx);
    return after;
  });
}

export { SUPER_ADMIN_LOCK };
