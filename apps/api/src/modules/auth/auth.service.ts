/**
 * Sign-in, sessions, first-run setup and password changes.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { ORGANISATION_TIME_KEYS, requireTimeZone } from '../../lib/caller-calendar.js';
import { AppError, conflict } from '../../lib/errors.js';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../../lib/passwords.js';
import { recordAudit } from '../audit/audit.service.js';
import { writeSettings } from '../settings/settings.service.js';
import { bumpAuthzVersion } from '../../kernel/auth/authz-cache.js';
import { createUser, findUserByEmail, type UserView, userView } from '../users/users.service.js';

/** A session lives at most this long, however active. */
export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

const invalidCredentials = () => new AppError('invalid_credentials', 'The email or password is incorrect');

async function createSession(db: Db, userId: number, meta: RequestMeta): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    id,
    userId,
    expiresAt: new Date(Date.now() + SESSION_MAX_AGE_MS),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return id;
}

function anonymousActor(meta: RequestMeta, user?: { id: number; email: string }): Actor {
  return {
    userId: user?.id ?? null,
    email: user?.email ?? null,
    account: { isAdmin: false, isLegacyAdmin: false, permissions: new Set(), activeAssignments: [] },
    via: 'session',
    scopes: null,
    ip: meta.ip,
    requestId: meta.requestId,
  };
}

/**
 * Verifies credentials. Unknown email, wrong password and a deactivated account all answer the
 * same 401 after the same amount of work, so responses reveal nothing about which emails exist.
 */
export async function login(db: Db, email: string, password: string, meta: RequestMeta): Promise<{ user: UserView; sessionId: string }> {
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || !user.isActive) {
    // Visible to auditors only; the caller learns nothing more than "invalid credentials".
    const reason = !user ? 'unknown_email' : !ok ? 'wrong_password' : 'inactive_user';
    await recordAudit(db, anonymousActor(meta, user ?? undefined), {
      action: 'auth.login_failed',
      targetType: 'user',
      targetId: user?.id ?? null,
      after: { email: email.trim().toLowerCase().slice(0, 254), reason },
    });
    throw invalidCredentials();
  }
  const sessionId = await createSession(db, user.id, meta);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  await recordAudit(db, anonymousActor(meta, user), { action: 'auth.login', targetType: 'user', targetId: user.id });
  return { user: await userView(db, user.id), sessionId };
}

export async function logout(db: Db, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, actor.sessionId!));
    await recordAudit(tx, actor, { action: 'auth.logout', targetType: 'session', targetId: null });
    await bumpAuthzVersion(tx);
  });
}

/** Ends every session of the actor, optionally keeping the current one. Returns how many ended. */
export async function revokeOwnSessions(db: Db, actor: Actor, keepCurrent: boolean): Promise<number> {
  return db.transaction(async (tx) => {
    const conditions = [eq(sessions.userId, actor.userId!), isNull(sessions.revokedAt)];
    if (keepCurrent && actor.sessionId) conditions.push(ne(sessions.id, actor.sessionId));
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(...conditions))
      .returning({ id: sessions.id });
    await recordAudit(tx, actor, {
      action: 'auth.sessions.revoke_all',
      targetType: 'user',
      targetId: actor.userId,
      after: { ended: ended.length, kept_current: keepCurrent },
    });
    await bumpAuthzVersion(tx);
    return ended.length;
  });
}

export async function listOwnSessions(db: Db, actor: Actor) {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, actor.userId!), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.createdAt));
  return rows.map((s) => ({
    id: s.id.slice(0, 8),
    created_at: s.createdAt.toISOString(),
    last_seen_at: s.lastSeenAt.toISOString(),
    expires_at: s.expiresAt.toISOString(),
    ip: s.ip,
    user_agent: s.userAgent,
    current: s.id === actor.sessionId,
  }));
}

/** The current password given to POST /auth/password is wrong (a 400; the route counts these). */
export class WrongCurrentPassword extends AppError {
  constructor() {
    super('validation_error', 'The current password is incorrect', {
      errors: [{ path: 'body.current_password', message: 'is incorrect' }],
    });
  }
}

/**
 * Changes the actor's password after checking the current one; ends every other session.
 * A wrong current password is audited: someone holding a session may be guessing.
 */
export async function changeOwnPassword(db: Db, actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId!));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordAudit(db, actor, {
      action: 'auth.password_change_failed',
      targetType: 'user',
      targetId: actor.userId,
      after: { reason: 'wrong_current_password' },
    });
    throw new WrongCurrentPassword();
  }
  if (currentPassword === newPassword) {
    throw new AppError('validation_error', 'The new password must differ from the current one', {
      errors: [{ path: 'body.new_password', message: 'must differ from the current password' }],
    });
  }
  await assertAcceptablePassword(newPassword, { email: user.email, name: user.name }, 'body.new_password');
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, user.id));
    const conditions = [eq(sessions.userId, user.id), isNull(sessions.revokedAt)];
    if (actor.sessionId) conditions.push(ne(sessions.id, actor.sessionId));
    await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(...conditions));
    await recordAudit(tx, actor, { action: 'user.password.change', targetType: 'user', targetId: user.id });
    await bumpAuthzVersion(tx);
  });
}

// ------------------------------------------------------------------------------------------
// First run

const SETUP_LOCK = 727_003;

export async function needsSetup(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return (row?.n ?? 0) === 0;
}

function setupActor(meta: RequestMeta | null, via: Actor['via']): Actor {
  return { ...anonymousActor(meta ?? { ip: null, userAgent: null, requestId: null }), via };
}

/**
 * Creates the first administrator (super_admin). Serialised with an advisory lock so two
 * concurrent setups cannot both succeed; 409 once any user exists.
 */
export async function createFirstAdmin(
  db: Db,
  input: { email: string; name: string; password: string; time_zone?: string },
  meta: RequestMeta | null,
  via: 'system' | 'cli' = 'system',
) {
  const { time_zone, ...account } = input;
  // The first administrator's zone (their browser's) becomes the organisation's default.
  const defaultTimeZone = time_zone === undefined ? undefined : requireTimeZone(time_zone, 'body.time_zone');
  const user = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK})`);
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((row?.n ?? 0) > 0) throw conflict('Setup is already complete: an administrator exists. Sign in instead.');
    if (defaultTimeZone !== undefined) await writeSettings(tx, { [ORGANISATION_TIME_KEYS.time_zone]: defaultTimeZone });
    return createUser(tx as unknown as Db, setupActor(meta, via), { ...account, roles: [{ role: 'super_admin' }] });
  });
  const sessionId = meta ? await createSession(db, user.id, meta) : null;
  if (sessionId) await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return { user: sessionId ? await userView(db, user.id) : user, sessionId };
}
