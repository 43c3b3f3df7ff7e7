/**
 * Loading who-may-do-what, with a cache whose staleness is bounded (docs/development/authorization.md,
 * "The authorization cache").
 *
 * Every change affecting authorization (roles, role permissions, assignments, sessions, tokens,
 * deactivation) bumps `authz_state.version` in its own transaction, and a trigger sends
 * `NOTIFY tk_authz, '<version>'` with it. The cache is dropped whenever the version moves:
 * - on this instance, right after the change commits (`afterCommit`), so the very next request
 *   here sees it;
 * - on other instances when the notification arrives on their listening connection (typically
 *   within milliseconds), with a read of the version row at most every 250 ms as a safety net,
 *   and a read on every request while the listener is not live (lost, reconnecting, not yet up).
 * PGlite is one process on one connection: its notifications arrive before the committing
 * statement returns, so it never reads the row.
 */
import { accountAccess, type AccountAccess, type RoleGrant, type TimeSettings } from '@timekeeper/shared';
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import { afterCommit } from '../../db/after-commit.js';
import type { Db, DbHandle } from '../../db/client.js';
import type { ListenOptions, Subscription } from '../../db/listener.js';
import { apiTokens, authzState, permissions, rolePermissions, roles, sessions, userRoles, users } from '../../db/schema/index.js';
import type { Tx } from '../../lib/db-types.js';
import { applyingTimeSettings, organisationTimeSettings, type OwnTimeSettings } from '../../lib/caller-calendar.js';

export interface UserSnapshot {
  id: number;
  email: string;
  name: string;
  isActive: boolean;
  legacyRole: string | null;
  /** All assignments, expired ones included (the decision function ignores those). */
  assignments: RoleGrant[];
  /** The user's own time settings (null: the organisation's default applies). */
  timeSettings: OwnTimeSettings;
}

export interface SessionSnapshot {
  id: string;
  userId: number;
  expiresAt: Date;
  revokedAt: Date | null;
  lastSeenAt: Date;
}

export async function loadUserSnapshot(db: Tx, userId: number): Promise<UserSnapshot | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const rows = await db
    .select({
      roleId: roles.id,
      roleName: roles.name,
      isSystemRole: roles.isSystemRole,
      expiresAt: userRoles.expiresAt,
      permission: permissions.name,
    })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .leftJoin(rolePermissions, eq(rolePermissions.roleId, roles.id))
    .leftJoin(permissions, eq(permissions.id, rolePermissions.permissionId))
    .where(eq(userRoles.userId, userId));
  const byRole = new Map<
    number,
    { roleId: number; roleName: string; isSystemRole: boolean; expiresAt: Date | null; permissions: string[] }
  >();
  for (const r of rows) {
    let grant = byRole.get(r.roleId);
    if (!grant) {
      grant = { roleId: r.roleId, roleName: r.roleName, isSystemRole: r.isSystemRole, expiresAt: r.expiresAt, permissions: [] };
      byRole.set(r.roleId, grant);
    }
    if (r.permission) grant.permissions.push(r.permission);
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isActive: user.isActive,
    legacyRole: user.role,
    assignments: [...byRole.values()],
    timeSettings: { time_zone: user.timeZone, week_start: user.weekStart, locale: user.locale, time_format: user.timeFormat },
  };
}

export function accessOf(snapshot: UserSnapshot, now = new Date()): AccountAccess {
  return accountAccess({ isActive: snapshot.isActive, legacyRole: snapshot.legacyRole, assignments: snapshot.assignments }, now);
}

/** A computed permission set and the span of time it holds for: until the next assignment expiry. */
interface MemoisedAccess {
  readonly access: AccountAccess;
  readonly from: number;
  readonly until: number;
}

const memoised = new WeakMap<UserSnapshot, MemoisedAccess>();

/**
 * `accessOf` for a cached snapshot, computed once and reused until the earliest assignment expiry
 * after the moment it was computed — so a time-bound assignment still stops counting exactly at
 * its expiry, without a write. (A snapshot is immutable; a change loads a new one.)
 */
export function memoisedAccessOf(snapshot: UserSnapshot, now: Date): AccountAccess {
  const t = now.getTime();
  const memo = memoised.get(snapshot);
  if (memo && memo.from <= t && t < memo.until) return memo.access;
  let until = Number.POSITIVE_INFINITY;
  for (const grant of snapshot.assignments) {
    const expires = grant.expiresAt?.getTime();
    if (expires !== undefined && expires > t && expires < until) until = expires;
  }
  const access = accessOf(snapshot, now);
  memoised.set(snapshot, { access, from: t, until });
  return access;
}

/** The cache of each database handle's instance, for `bumpAuthzVersion`'s commit hook. */
const caches = new WeakMap<object, AuthzCache>();

/**
 * Bumps the authorization version inside the caller's transaction (the trigger notifies the other
 * instances when it commits); this instance's cache learns it as soon as the transaction commits.
 */
export async function bumpAuthzVersion(tx: Tx): Promise<void> {
  const [row] = await tx
    .update(authzState)
    .set({ version: sql`${authzState.version} + 1` })
    .where(eq(authzState.id, 1))
    .returning({ version: authzState.version });
  if (row) afterCommit(tx, (db) => caches.get(db)?.learn(row.version));
}

export async function readAuthzVersion(db: Tx): Promise<number> {
  const [row] = await db.select({ version: authzState.version }).from(authzState).where(eq(authzState.id, 1));
  return row?.version ?? 0;
}

export interface TokenSnapshot {
  id: number;
  userId: number;
  scopes: string[];
  allowedIps: string[] | null;
  expiresAt: Date;
  revokedAt: Date | null;
}

const MAX_ENTRIES = 10_000;
/** With a live listener, the version row is still read at most this often (when requests come). */
export const SAFETY_READ_MS = 250;
export const AUTHZ_CHANNEL = 'tk_authz';

export class AuthzCache {
  private version = -1;
  /** Bumped on every drop: a load that started before a drop is not stored after it. */
  private generation = 0;
  private readonly users = new Map<number, UserSnapshot | null>();
  private readonly sessions = new Map<string, SessionSnapshot | null>();
  private readonly tokens = new Map<string, TokenSnapshot | null>();
  /** The organisation's time defaults, read once per version (a change of them bumps it). */
  private organisationTime: Promise<TimeSettings> | null = null;
  private feed: Subscription | null = null;
  /** When the last version read started (performance.now()). */
  private readAt = Number.NEGATIVE_INFINITY;
  private safetyRead: Promise<void> | null = null;
  private readonly safetyMs: number;

  /**
   * The version read, built once and sent as a named prepared statement: PostgreSQL parses and
   * plans it once per connection.
   */
  private readonly versionQuery;

  constructor(
    private readonly db: Db,
    kind: DbHandle['kind'],
  ) {
    this.versionQuery = db.select({ version: authzState.version }).from(authzState).where(eq(authzState.id, 1)).prepare('tk_authz_version');
    this.safetyMs = kind === 'pglite' ? Number.POSITIVE_INFINITY : SAFETY_READ_MS;
    caches.set(db, this);
  }

  /**
   * Starts listening for version bumps (`handle` must be the handle of this cache's database).
   * Until the listener is live, and whenever it is lost, every request reads the version.
   */
  async listen(handle: DbHandle, onDown: (err: Error | undefined) => void, options?: ListenOptions): Promise<void> {
    this.feed = await handle.listen(
      AUTHZ_CHANNEL,
      {
        notify: (payload) => {
          const version = Number(payload);
          if (Number.isSafeInteger(version)) this.learn(version);
        },
        // Notifications sent while not listening are lost: catch up once listening.
        up: () => this.read(),
        down: onDown,
      },
      options,
    );
  }

  async close(): Promise<void> {
    const feed = this.feed;
    this.feed = null;
    await feed?.close();
  }

  /** Whether version bumps arrive by notification now (otherwise every request reads the row). */
  get listening(): boolean {
    return this.feed?.live === true;
  }

  /**
   * Call once per request before using the cache. Returns a promise only when it reads the
   * version row: on every request while the listener is not live, else at most every 250 ms
   * (concurrent requests share that read). PGlite never reads once listening.
   */
  sync(): Promise<void> | undefined {
    if (!this.listening) return this.read();
    if (performance.now() - this.readAt < this.safetyMs) return undefined;
    this.safetyRead ??= this.read().finally(() => {
      this.safetyRead = null;
    });
    return this.safetyRead;
  }

  private async read(): Promise<void> {
    this.readAt = performance.now();
    const [row] = await this.versionQuery.execute();
    this.learn(row?.version ?? 0);
  }

  /** A version seen in the row, in a notification or committed here: drops the cache when newer. */
  learn(version: number): void {
    if (version <= this.version) return;
    this.drop();
    this.version = version;
  }

  /** Drops every snapshot (the next lookups load them again). */
  drop(): void {
    this.generation++;
    this.users.clear();
    this.sessions.clear();
    this.tokens.clear();
    this.organisationTime = null;
  }

  get currentVersion(): number {
    return this.version;
  }

  async user(id: number): Promise<UserSnapshot | null> {
    if (this.users.has(id)) return this.users.get(id) ?? null;
    const gen = this.generation;
    const snap = await loadUserSnapshot(this.db, id);
    if (gen === this.generation) this.store(this.users, id, snap);
    return snap;
  }

  async session(id: string): Promise<SessionSnapshot | null> {
    if (this.sessions.has(id)) return this.sessions.get(id) ?? null;
    const gen = this.generation;
    const [row] = await this.db
      .select({
        id: sessions.id,
        userId: sessions.userId,
        expiresAt: sessions.expiresAt,
        revokedAt: sessions.revokedAt,
        lastSeenAt: sessions.lastSeenAt,
      })
      .from(sessions)
      .where(eq(sessions.id, id));
    const snap = row ?? null;
    if (gen === this.generation) this.store(this.sessions, id, snap);
    return snap;
  }

  /** The time settings that apply to a user: their own, else the organisation's defaults. */
  async timeSettingsOf(user: UserSnapshot): Promise<TimeSettings> {
    if (!this.organisationTime) {
      const load = organisationTimeSettings(this.db);
      this.organisationTime = load;
      // A failed read is not kept: the next request tries again.
      load.catch(() => {
        if (this.organisationTime === load) this.organisationTime = null;
      });
    }
    return applyingTimeSettings(user.timeSettings, await this.organisationTime).settings;
  }

  /** A token by the SHA-256 of its secret. */
  async token(hash: string): Promise<TokenSnapshot | null> {
    if (this.tokens.has(hash)) return this.tokens.get(hash) ?? null;
    const gen = this.generation;
    const [row] = await this.db
      .select({
        id: apiTokens.id,
        userId: apiTokens.userId,
        scopes: apiTokens.scopes,
        allowedIps: apiTokens.allowedIps,
        expiresAt: apiTokens.expiresAt,
        revokedAt: apiTokens.revokedAt,
      })
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, hash));
    const snap = row ?? null;
    if (gen === this.generation) this.store(this.tokens, hash, snap);
    return snap;
  }

  private store<K, V>(map: Map<K, V>, key: K, value: V): void {
    if (map.size >= MAX_ENTRIES) map.clear();
    map.set(key, value);
  }
}
