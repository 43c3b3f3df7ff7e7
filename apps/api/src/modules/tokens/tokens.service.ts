/**
 * API tokens: creation with the grant rules, listing, editing, revocation, rotation.
 *
 * Grant rules (docs/api/scopes.md): wildcards and admin:all only for admins; a non-admin only scopes
 * their permissions can back; otherwise 422 naming the scope. Expiry is required and bounded by
 * TK_TOKEN_MAX_DAYS. Every change bumps the authorization version, so a revoked token is refused
 * on the very next request on every instance.
 */
import { BlockList, isIP } from 'node:net';
import { refusedScopes, scopeWithin, type GrantRefusal } from '@timekeeper/shared';
import { and, desc, eq, gt, ilike, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { apiTokens, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { changedColumns } from '../../lib/changed-columns.js';
import type { Tx } from '../../lib/db-types.js';
import { AppError, conflict, notFound, validationFailed } from '../../lib/errors.js';
import { containsPattern } from '../../lib/search.js';
import { countColumn, countOf, paginate, type Page } from '../../lib/pagination.js';
import type { FilterOf } from '../../lib/schemas.js';
import { recordAudit, recordChange } from '../audit/audit.service.js';
import { bumpAuthzVersion } from '../../kernel/auth/authz-cache.js';
import { displayPrefix, generateToken, hashToken } from '../../kernel/auth/token-format.js';
import type { UsageRecorder } from '../../kernel/auth/usage-recorder.js';
import type {
  AdminTokensQuery,
  CreateTokenBody,
  Token,
  TokensQuery,
  TokenStatus as TokenStatusSchema,
  UpdateTokenBody,
} from './tokens.schemas.js';

type TokenRow = typeof apiTokens.$inferSelect;
const DAY_MS = 24 * 60 * 60 * 1000;

type TokenStatus = Static<typeof TokenStatusSchema>;
export type TokenView = Static<typeof Token>;

export function tokenStatus(row: Pick<TokenRow, 'revokedAt' | 'expiresAt'>, now = new Date()): TokenStatus {
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'active';
}

export function toTokenView(row: TokenRow, usage?: UsageRecorder): TokenView {
  const pending = usage?.pendingFor(row.id);
  const lastUsedAt = pending && (!row.lastUsedAt || pending.lastUsedAt > row.lastUsedAt) ? pending.lastUsedAt : row.lastUsedAt;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    prefix: row.prefix,
    scopes: row.scopes,
    allowed_ips: row.allowedIps ?? null,
    created_at: row.createdAt.toISOString(),
    expires_at: row.expiresAt.toISOString(),
    last_used_at: lastUsedAt?.toISOString() ?? null,
    last_used_ip: pending && lastUsedAt === pending.lastUsedAt ? pending.lastIp : row.lastUsedIp,
    usage_count: row.usageCount + (pending?.count ?? 0),
    revoked_at: row.revokedAt?.toISOString() ?? null,
    status: tokenStatus(row),
  };
}

/** Stores a new secret as its hash and display prefix only. */
async function insertToken(tx: Tx, token: string, values: Omit<typeof apiTokens.$inferInsert, 'tokenHash' | 'prefix'>): Promise<TokenRow> {
  const [row] = await tx
    .insert(apiTokens)
    .values({ ...values, tokenHash: hashToken(token), prefix: displayPrefix(token) })
    .returning();
  return row!;
}

/** The columns an edit changes, from the checked values. */
const TOKEN_COLUMNS = { name: 'name', description: 'description', scopes: 'scopes', allowedIps: 'allowedIps' } as const;

/** The audit trail never sees the secret or its hash. */
const auditView = (row: TokenRow) => ({
  id: row.id,
  user_id: row.userId,
  name: row.name,
  prefix: row.prefix,
  scopes: row.scopes,
  allowed_ips: row.allowedIps,
  expires_at: row.expiresAt.toISOString(),
});

// ------------------------------------------------------------------------------------------
// Validation

function refusal(refused: GrantRefusal[]): AppError {
  const first = refused[0]!;
  const why =
    first.reason === 'unknown_scope'
      ? 'it is not a known scope'
      : first.reason === 'admin_only'
        ? 'wildcards and admin:all are for administrators only'
        : first.reason === 'beyond_token'
          ? 'the API token making this request does not hold it'
          : 'your permissions do not back it';
  return new AppError('unprocessable', `The scope '${first.scope}' cannot be granted: ${why}`, {
    scope: first.scope,
    refused: refused.map((r) => ({ scope: r.scope, reason: r.reason })),
  });
}

/**
 * The token making the request, when a token makes it: what it creates, edits or rotates stays
 * within its scopes, its lifetime and its IP allowlist (docs/api/api-tokens.md#tokens-made-by-tokens).
 * null for browser sessions, which are bounded by the owner's permissions only.
 */
interface ParentToken {
  scopes: readonly string[];
  expiresAt: Date;
  allowedIps: string[] | null;
}

async function parentToken(db: Db, actor: Actor): Promise<ParentToken | null> {
  if (actor.via !== 'token') return null;
  // A token request always names its token; refuse rather than treat it as a session.
  if (actor.tokenId === undefined) throw new AppError('forbidden', 'The API token making this request could not be identified');
  const [row] = await db
    .select({ scopes: apiTokens.scopes, expiresAt: apiTokens.expiresAt, allowedIps: apiTokens.allowedIps })
    .from(apiTokens)
    .where(eq(apiTokens.id, actor.tokenId));
  if (!row) throw new AppError('forbidden', 'The API token making this request could not be identified');
  return row;
}

function checkScopes(actor: Actor, scopes: string[], parent: ParentToken | null): string[] {
  const unique = [...new Set(scopes)];
  const refused = refusedScopes(unique, { isAdmin: actor.account.isAdmin, permissions: actor.account.permissions });
  if (refused.length === 0 && parent) {
    for (const scope of unique) if (!scopeWithin(parent.scopes, scope)) refused.push({ scope, reason: 'beyond_token' });
  }
  if (refused.length > 0) throw refusal(refused);
  return unique;
}

/** An allowlist entry as a network: its address and prefix length (a single address is /32 or /128). */
function network(entry: string): { address: string; bits: number; type: 'ipv4' | 'ipv6' } {
  const [address, bits] = entry.split('/') as [string, string | undefined];
  const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  return { address, bits: bits === undefined ? (type === 'ipv6' ? 128 : 32) : Number(bits), type };
}

/**
 * Is every address `entry` allows also allowed by one entry of `fence`? A network lies inside a
 * wider one when its prefix is at least as long and its address falls in the wider one: all
 * its addresses share those first bits. (A network covered only by the union of several entries
 * counts as outside: name it by the entries it falls in.)
 */
function withinAllowlist(fence: readonly string[], entry: string): boolean {
  const inner = network(entry);
  return fence.some((outer) => {
    const o = network(outer);
    if (o.type !== inner.type || o.bits > inner.bits) return false;
    const list = new BlockList();
    list.addSubnet(o.address, o.bits, o.type);
    return list.check(inner.address, inner.type);
  });
}

/** A token with an allowlist hands on only allowlists inside it, and never none. */
function checkAllowlist(allowedIps: string[] | null, parent: ParentToken | null, path = 'body.allowed_ips'): void {
  if (!parent?.allowedIps) return;
  const fence = parent.allowedIps.join(', ');
  if (allowedIps === null) {
    throw new AppError(
      'unprocessable',
      `The API token making this request may only be used from ${fence}: its tokens need an allowed_ips list within that`,
      {
        errors: [{ path, message: 'is required by the IP allowlist of the token making this request' }],
      },
    );
  }
  const outside = allowedIps.findIndex((entry) => !withinAllowlist(parent.allowedIps!, entry));
  if (outside >= 0) {
    throw new AppError(
      'unprocessable',
      `${allowedIps[outside]} is outside the IP allowlist of the API token making this request (${fence})`,
      {
        errors: [{ path: `${path}.${outside}`, message: 'must lie within the IP allowlist of the token making this request' }],
      },
    );
  }
}

function checkLifetime(expiresAt: Date, parent: ParentToken | null, path: string): void {
  if (parent && expiresAt.getTime() > parent.expiresAt.getTime()) {
    const until = parent.expiresAt.toISOString();
    throw new AppError('unprocessable', `A token made with an API token cannot outlive it: ${path} must be at or before ${until}`, {
      errors: [{ path, message: `must be at or before ${until}` }],
    });
  }
}

/** Accepts single addresses and CIDR ranges, IPv4 and IPv6. Returns them normalised. */
export function validateAllowedIps(list: string[] | null | undefined): string[] | null {
  if (list === undefined || list === null) return null;
  const errors: { path: string; message: string }[] = [];
  const out = list.map((entry, i) => {
    const [address, bits, ...rest] = entry.trim().split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (family === 0 || rest.length > 0 || !validBits)
      errors.push({ path: `body.allowed_ips.${i}`, message: 'must be an IP address or CIDR range' });
    return entry.trim();
  });
  if (errors.length > 0) throw validationFailed(`${errors[0]!.path} ${errors[0]!.message}`, errors);
  return out.length > 0 ? out : null;
}

function expiryFrom(input: { expires_at?: string; expires_in_days?: number }, maxDays: number, now = new Date()): Date {
  const given = [input.expires_at !== undefined, input.expires_in_days !== undefined].filter(Boolean).length;
  if (given !== 1) {
    throw validationFailed('Give exactly one of expires_at or expires_in_days: every token expires', [
      { path: 'body.expires_at', message: 'give exactly one of expires_at or expires_in_days' },
    ]);
  }
  const expires = input.expires_at !== undefined ? new Date(input.expires_at) : new Date(now.getTime() + input.expires_in_days! * DAY_MS);
  const path = input.expires_at !== undefined ? 'body.expires_at' : 'body.expires_in_days';
  if (expires.getTime() <= now.getTime())
    throw validationFailed(`${path} must be in the future`, [{ path, message: 'must be in the future' }]);
  // One minute of slack so "exactly the maximum" computed by a client a moment ago is accepted.
  if (expires.getTime() > now.getTime() + maxDays * DAY_MS + 60_000) {
    throw validationFailed(`${path} is too far away: tokens live at most ${maxDays} days`, [
      { path, message: `must be at most ${maxDays} days from now` },
    ]);
  }
  return expires;
}

// ------------------------------------------------------------------------------------------
// Operations on your own tokens

export async function createToken(
  db: Db,
  maxDays: number,
  actor: Actor,
  input: Static<typeof CreateTokenBody>,
): Promise<{ view: TokenView; token: string }> {
  const parent = await parentToken(db, actor);
  const scopes = checkScopes(actor, input.scopes, parent);
  const expiresAt = expiryFrom(input, maxDays);
  checkLifetime(expiresAt, parent, input.expires_at !== undefined ? 'body.expires_at' : 'body.expires_in_days');
  const allowedIps = validateAllowedIps(input.allowed_ips);
  checkAllowlist(allowedIps, parent);
  const token = generateToken();
  return db.transaction(async (tx) => {
    const row = await insertToken(tx, token, {
      userId: actor.userId!,
      name: input.name.trim(),
      description: input.description ?? '',
      scopes,
      allowedIps,
      expiresAt,
    });
    await recordAudit(tx, actor, { action: 'token.create', targetType: 'api_token', targetId: row.id, after: auditView(row) });
    return { view: toTokenView(row), token };
  });
}

function statusCondition(status: TokenStatus | undefined): SQL | undefined {
  if (status === 'revoked') return isNotNull(apiTokens.revokedAt);
  if (status === 'expired') return and(isNull(apiTokens.revokedAt), lte(apiTokens.expiresAt, new Date()));
  if (status === 'active') return and(isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, new Date()));
  return undefined;
}

export async function listOwnTokens(db: Db, actor: Actor, filter: FilterOf<typeof TokensQuery>, page: Page, usage?: UsageRecorder) {
  const condition = and(eq(apiTokens.userId, actor.userId!), statusCondition(filter.status));
  const result = await paginate(
    page,
    async () => db.$count(apiTokens, condition),
    (limit, offset) =>
      db.select().from(apiTokens).where(condition).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id)).limit(limit).offset(offset),
  );
  return { api_tokens: result.items.map((r) => toTokenView(r, usage)), pagination: result.pagination };
}

/** Another user's token is invisible: 404. */
async function ownToken(db: Db, actor: Actor, id: number): Promise<TokenRow> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId!)));
  if (!row) throw notFound('API token');
  return row;
}

export async function getOwnToken(db: Db, actor: Actor, id: number, usage?: UsageRecorder): Promise<TokenView> {
  return toTokenView(await ownToken(db, actor, id), usage);
}

export async function updateOwnToken(db: Db, actor: Actor, id: number, input: Static<typeof UpdateTokenBody>): Promise<TokenView> {
  const before = await ownToken(db, actor, id);
  if (before.revokedAt) throw conflict('A revoked token cannot be changed');
  // A token edits itself or a sibling only within its own scopes and allowlist: it cannot lift
  // or widen its own fence, nor give another token more than it holds.
  const parent = await parentToken(db, actor);
  const scopes = input.scopes !== undefined ? checkScopes(actor, input.scopes, parent) : undefined;
  const allowedIps = input.allowed_ips !== undefined ? validateAllowedIps(input.allowed_ips) : undefined;
  if (allowedIps !== undefined) checkAllowlist(allowedIps, parent);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({
        ...changedColumns({ name: input.name?.trim(), description: input.description, scopes, allowedIps }, TOKEN_COLUMNS),
      })
      .where(eq(apiTokens.id, id))
      .returning();
    await recordChange(tx, actor, 'token.update', { type: 'api_token', id }, auditView(before), auditView(row!));
    if (scopes !== undefined || allowedIps !== undefined) await bumpAuthzVersion(tx);
    return toTokenView(row!);
  });
}

async function revoke(db: Db, actor: Actor, row: TokenRow, action: string): Promise<void> {
  if (row.revokedAt) return; // idempotent
  await db.transaction(async (tx) => {
    await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, row.id));
    await recordAudit(tx, actor, { action, targetType: 'api_token', targetId: row.id, before: auditView(row) });
    await bumpAuthzVersion(tx);
  });
}

export async function revokeOwnToken(db: Db, actor: Actor, id: number): Promise<void> {
  await revoke(db, actor, await ownToken(db, actor, id), 'token.revoke');
}

/**
 * A new secret with the same name, scopes, IP allowlist and lifetime (capped by the current
 * maximum); the old token is revoked in the same transaction. The grant rules are checked again
 * against the owner's permissions now. Rotated by a token, the new one stays within that token's
 * scopes and allowlist and ends no later than it (rotating itself never extends its life).
 */
export async function rotateOwnToken(db: Db, maxDays: number, actor: Actor, id: number): Promise<{ view: TokenView; token: string }> {
  const old = await ownToken(db, actor, id);
  const status = tokenStatus(old);
  if (status !== 'active') throw conflict(`This token is ${status} and cannot be rotated; create a new one`);
  const parent = await parentToken(db, actor);
  const scopes = checkScopes(actor, old.scopes, parent);
  checkAllowlist(old.allowedIps, parent, 'allowed_ips');
  const lifetimeMs = Math.min(old.expiresAt.getTime() - old.createdAt.getTime(), maxDays * DAY_MS);
  const expiresAt = new Date(Math.min(Date.now() + lifetimeMs, parent ? parent.expiresAt.getTime() : Infinity));
  const token = generateToken();
  return db.transaction(async (tx) => {
    const row = await insertToken(tx, token, {
      userId: old.userId,
      name: old.name,
      description: old.description,
      scopes,
      allowedIps: old.allowedIps,
      expiresAt,
    });
    await tx.update(apiTokens).set({ revokedAt: new Date(), replacedById: row.id }).where(eq(apiTokens.id, old.id));
    await recordChange(tx, actor, 'token.rotate', { type: 'api_token', id: old.id }, auditView(old), auditView(row));
    await bumpAuthzVersion(tx);
    return { view: toTokenView(row), token };
  });
}

// ------------------------------------------------------------------------------------------
// Administration (manage_api_tokens)

export async function listAllTokens(db: Db, filter: FilterOf<typeof AdminTokensQuery>, page: Page, usage?: UsageRecorder) {
  const condition = and(
    filter.user_id !== undefined ? eq(apiTokens.userId, filter.user_id) : undefined,
    statusCondition(filter.status),
    filter.q ? or(ilike(apiTokens.name, containsPattern(filter.q)), ilike(users.email, containsPattern(filter.q))) : undefined,
  );
  const result = await paginate(
    page,
    async () => countOf(db.select(countColumn).from(apiTokens).innerJoin(users, eq(users.id, apiTokens.userId)).where(condition)),
    (limit, offset) =>
      db
        .select({ token: apiTokens, user: { id: users.id, email: users.email, name: users.name } })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(condition)
        .orderBy(sql`${apiTokens.lastUsedAt} desc nulls last`, desc(apiTokens.id))
        .limit(limit)
        .offset(offset),
  );
  return { api_tokens: result.items.map((r) => ({ ...toTokenView(r.token, usage), user: r.user })), pagination: result.pagination };
}

export async function adminRevokeToken(db: Db, actor: Actor, id: number): Promise<void> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  if (!row) throw notFound('API token');
  await revoke(db, actor, row, row.userId === actor.userId ? 'token.revoke' : 'token.admin_revoke');
}
