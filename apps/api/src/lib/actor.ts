/**
 * Who is calling, in the two shapes the API uses: the `Principal` the auth plugin resolves for a
 * request (kernel/auth), and the `Actor` every service method receives explicitly, built from it
 * (or from the system itself). Services never read the request.
 */
import { PERMISSION_NAMES, type AccountAccess, type Permission, type TimeSettings } from '@timekeeper/shared';
import type { FastifyRequest } from 'fastify';
import { permissionRequired, unauthorized } from './errors.js';

/** Who is calling, resolved by the auth plugin from a session cookie or an API token. */
export interface Principal {
  readonly userId: number;
  readonly email: string;
  readonly account: AccountAccess;
  /** null for browser sessions; the token's scopes for bearer requests. */
  readonly scopes: readonly string[] | null;
  readonly via: 'session' | 'token';
  readonly sessionId?: string;
  readonly tokenId?: number;
  /** The time settings that apply to the user: their own, else the organisation's (lib/caller-calendar.ts). */
  readonly timeSettings: TimeSettings;
}

/** What a service acts as: a principal plus where the request came from, or the system. */
export interface Actor {
  /** null only for the system itself (start-up tasks). */
  readonly userId: number | null;
  readonly email: string | null;
  readonly account: AccountAccess;
  readonly via: 'session' | 'token' | 'cli' | 'system';
  readonly scopes: readonly string[] | null;
  readonly tokenId?: number;
  readonly sessionId?: string;
  readonly ip: string | null;
  readonly requestId: string | null;
  /** The user's applying time settings, as resolved with the request; absent for the system (read when needed). */
  readonly timeSettings?: TimeSettings;
}

export function actorFrom(request: FastifyRequest): Actor {
  const p = request.principal;
  if (!p) throw unauthorized();
  return {
    userId: p.userId,
    email: p.email,
    account: p.account,
    via: p.via,
    scopes: p.scopes,
    tokenId: p.tokenId,
    sessionId: p.sessionId,
    timeSettings: p.timeSettings,
    ip: request.ip,
    requestId: String(request.id),
  };
}

/** Start-up tasks, the demo and the CLI act as the system: no user, every permission. */
export function systemActor(via: 'cli' | 'system' = 'system'): Actor {
  const account: AccountAccess = { isAdmin: true, isLegacyAdmin: false, permissions: new Set(PERMISSION_NAMES), activeAssignments: [] };
  return { userId: null, email: null, account, via, scopes: null, ip: null, requestId: null };
}

/** 403 unless the actor's account holds `permission`; `what` says what needed it. */
export function requirePermission(actor: Actor, permission: Permission, what: string): void {
  if (!actor.account.permissions.has(permission)) throw permissionRequired(permission, what);
}
