/**
 * Refused requests in the audit log (docs/api/audit-logs.md#refusals): 403s (`access.denied`),
 * CSRF failures (`csrf.failed`) and 429s (`rate_limit.exceeded`), aggregated so that an attack
 * cannot flood the log or slow anyone down:
 *
 * - each refusal is counted in memory, keyed by (action, who — the user when their credentials
 *   were recognised, else the address —, method and route pattern); one row per key and window
 *   (a minute) carries the count, the first and last time and the first message;
 * - the map holds at most `maxKeys` keys per window; refusals beyond that are only counted, and
 *   the count is written as one `audit.refusals_dropped` row — memory stays bounded whatever
 *   an attacker sends;
 * - rows are written by an unref'd timer and at close, never on a request's path: counting is a
 *   map update in onResponse, after the answer left; a failed write is logged, never thrown.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { auditLogs } from '../db/schema/index.js';

export const REFUSAL_ACTIONS = {
  denied: 'access.denied',
  csrf: 'csrf.failed',
  rateLimited: 'rate_limit.exceeded',
  dropped: 'audit.refusals_dropped',
} as const;

/** Who made a refused request, as far as the server recognised them. */
export interface ClaimedUser {
  readonly userId: number;
  readonly email: string;
  readonly via: 'session' | 'token';
}

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The owner of credentials that were recognised (a live session, a known active token) even
     * when the request was then refused (CSRF, IP allowlist). Set by the auth plugin and the token
     * resolver; only the refusal audit reads it — never an authorization decision.
     */
    claimedUser: ClaimedUser | null;
  }
  interface FastifyInstance {
    refusalAudit: RefusalAudit;
  }
}

interface Entry {
  action: string;
  userId: number | null;
  email: string | null;
  via: string;
  ip: string;
  route: string;
  status: number;
  count: number;
  firstAt: Date;
  lastAt: Date;
  requestId: string;
  message: string | null;
}

export interface RefusalAuditOptions {
  /** How often counts are written (one row per key per window). */
  windowMs?: number;
  /** Distinct keys kept per window; beyond it refusals are only counted. */
  maxKeys?: number;
}

export class RefusalAudit {
  private entries = new Map<string, Entry>();
  private dropped = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  readonly windowMs: number;
  readonly maxKeys: number;

  constructor(
    private readonly app: FastifyInstance,
    opts: RefusalAuditOptions = {},
  ) {
    this.windowMs = opts.windowMs ?? 60_000;
    this.maxKeys = opts.maxKeys ?? 500;
  }

  /** Counts a refused request. Synchronous and bounded: never waits, never throws to the caller. */
  note(request: FastifyRequest, status: number): void {
    const action =
      status === 429 ? REFUSAL_ACTIONS.rateLimited : request.errorCode === 'csrf_failed' ? REFUSAL_ACTIONS.csrf : REFUSAL_ACTIONS.denied;
    const who = request.principal ?? request.claimedUser;
    const route = `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`;
    const key = `${action}\n${who ? `user:${who.userId}` : `ip:${request.ip}`}\n${route}`;
    const now = new Date();
    const entry = this.entries.get(key);
    if (entry) {
      entry.count++;
      entry.lastAt = now;
      return;
    }
    if (this.entries.size >= this.maxKeys) {
      this.dropped++;
      return;
    }
    this.entries.set(key, {
      action,
      userId: who?.userId ?? null,
      email: who?.email ?? null,
      via: who?.via ?? 'anonymous',
      ip: request.ip,
      route,
      status,
      count: 1,
      firstAt: now,
      lastAt: now,
      requestId: String(request.id),
      message: request.errorMessage,
    });
  }

  /** Refusals counted and not yet written (keys, and refusals beyond the cap). */
  get pending(): { keys: number; dropped: number } {
    return { keys: this.entries.size, dropped: this.dropped };
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.windowMs);
    this.timer.unref();
  }

  /** Writes the window's rows in one statement; concurrent calls queue behind each other. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.entries.size === 0 && this.dropped === 0) return;
      const batch = [...this.entries.values()];
      const dropped = this.dropped;
      this.entries = new Map();
      this.dropped = 0;
      const rows: (typeof auditLogs.$inferInsert)[] = batch.map((e) => ({
        actorUserId: e.userId,
        actorEmail: e.email,
        via: e.via,
        action: e.action,
        targetType: 'route',
        targetId: e.route,
        after: { count: e.count, status: e.status, first_at: e.firstAt.toISOString(), last_at: e.lastAt.toISOString(), message: e.message },
        ip: e.ip,
        requestId: e.requestId,
      }));
      if (dropped > 0) {
        rows.push({
          via: 'system',
          action: REFUSAL_ACTIONS.dropped,
          targetType: 'route',
          after: { count: dropped, max_keys: this.maxKeys, window_ms: this.windowMs },
        });
      }
      try {
        await this.app.db.insert(auditLogs).values(rows);
      } catch (err) {
        // Not retried: refusals are evidence, not state, and a database that refuses writes
        // must not make this map grow. The log keeps what was lost.
        this.app.log.warn(
          { err, refusals: batch.reduce((n, e) => n + e.count, 0) + dropped },
          'could not write refused requests to the audit log',
        );
      }
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }
}

export default fp(
  async function refusalAuditPlugin(app: FastifyInstance, opts: RefusalAuditOptions) {
    const audit = new RefusalAudit(app, opts);
    app.decorate('refusalAudit', audit);
    app.decorateRequest('claimedUser', null);
    audit.start();
    // preClose: while the database is surely open (the app's own handle closes in onClose); then
    // once more for refusals answered while in-flight requests finished.
    app.addHook('preClose', async () => audit.stop());
    app.addHook('onClose', async () => audit.flush());
    app.addHook('onResponse', (request, reply, done) => {
      const status = reply.statusCode;
      if (status === 403 || status === 429) {
        try {
          audit.note(request, status);
        } catch (err) {
          request.log.warn({ err }, 'could not count a refused request for the audit log');
        }
      }
      done();
    });
  },
  { name: 'refusal-audit', dependencies: ['errors', 'access'] },
);
