/**
 * Loading who-may-do-what, with a cache that can never serve a stale answer.
 *
 * Every change affecting authorization (roles, role permissions, assignments, sessions, tokens,
 * deactivation) bumps `authz_state.version` in its own transaction. Each request reads that one
 * row (a primary-key lookup) before using the cache; when the number moved, the cache is dropped.
 * So a change committed on any instance sharing the database is enforced on the very next
 * request everywhere, without re-login and without a window for stale answers.
 */
import { accountAccess, type AccountAccess, type RoleGrant } from '@timekeeper/shared';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens, authzState, permissions, rolePermissions, roles, sessions, userRoles, users } from '../../db/schema/index.js';
import type { Tx } from '../../lib/db-types.js';

export interface UserSnapshot {
  id: number;
  email: string;
  name: string;
  isActive: boolean;
  legacyRole: string | null;
  /** All assignments, expired ones included (the decision function ignores those). */
  assignments: RoleGrant[];
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
  };
}

export function accessOf(snapshot: UserSnapshot, now = new Date()): AccountAccess {
  return accountAccess({ isActive: snapshot.isActive, legacyRole: snapshot.legacyRole, assignments: snapshot.assignments }, now);
}

/** Bumps the authorization version inside the caller's transaction. */
export async function bumpAuthzVersion(tx: Tx): Promise<void> {
  await tx
    .update(authzState)
    .set({ version: sql`${authzState.version} + 1` })
    .where(eq(authzState.id, 1));
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

export class AuthzCache {
  private version = -1;
  /** Bumped on every drop: a load that started before a drop is not stored after it. */
  private generation = 0;
  private readonly users = new Map<number, UserSnapshot | null>();
  private readonly sessions = new Map<string, SessionSnapshot | null>();
  private readonly tokens = new Map<string, TokenSnapshot | null>();

  /**
   * The per-request version read, built once and sent as a named prepared statement: PostgreSQL
   * parses and plans it once per connection instead of on every request (it is the one database
   * round trip authentication adds; see docs/reports/benchmark.md).
   */
  private readonly versionQuery;

  constructor(private readonly db: Db) {
    this.versionQuery = db.select({ version: authzState.version }).from(authzState).where(eq(authzState.id, 1)).prepare('tk_authz_version');
  }

  /** Reads the version row; drops everything when it moved. Call once per request. */
  async sync(): Promise<number> {
    const [row] = await this.versionQuery.execute();
    const v = row?.version ?? 0;
    if (v !== this.version) {
      this.drop();
      this.version = v;
    }
    return v;
  }

  /** Local drop right after this instance committed a change. */
  drop(): void {
    this.generation++;
    this.users.clear();
    this.sessions.clear();
    this.tokens.clear();
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
