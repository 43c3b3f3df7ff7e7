/**
 * Authentication: who is calling.
 *
 * Browser sessions: the httpOnly `tk_session` cookie holds a short-lived JWT (signed with
 * @fastify/jwt) naming a server-side session row. The row is checked on every request (through
 * the authorization cache, kernel/auth/authz-cache.ts), so logout, "log out everywhere", password
 * changes and deactivation end sessions: at once on this instance, within 1 s on the others. The JWT is re-issued while the session lives (sliding renewal).
 * State-changing cookie requests must carry `X-CSRF-Token` (an HMAC of the session id).
 *
 * API tokens (Authorization: Bearer / X-API-Key) are resolved by the token resolver
 * (kernel/auth/token-resolver.ts), which the app installs after this plugin.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import fastifyJwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { leadsCluster } from '../cluster.js';
import type { ListenOptions } from '../db/listener.js';
import { AppError, unauthorized } from '../lib/errors.js';
import { MemoryAttemptStore, PgAttemptStore, type AttemptStore } from '../kernel/auth/attempt-store.js';
import { AuthzCache, memoisedAccessOf } from '../kernel/auth/authz-cache.js';
import { sharedRateLimitStore } from '../kernel/auth/rate-limit-store.js';
import { touchSession } from '../kernel/auth/sessions.js';
import type { Principal } from '../lib/actor.js';
import { timed } from './server-timing.js';

export const SESSION_COOKIE = 'tk_session';
export const SESSION_JWT_TTL_SECONDS = 60 * 60;
/** How often expired rows of rate_limits are deleted. */
const SWEEP_MS = 60_000;
/** Re-issue the cookie when the JWT is older than this. */
const RENEW_AFTER_SECONDS = 15 * 60;

interface SessionClaims {
  sid: string;
  sub: string;
  iat: number;
  exp: number;
}

export type TokenResolver = (request: FastifyRequest, presented: string) => Promise<Principal>;

declare module 'fastify' {
  interface FastifyInstance {
    authz: AuthzCache;
    /** Sign-in, setup, password and email change attempts: shared by the instances on PostgreSQL. */
    attemptStore: AttemptStore;
    /** Installed by `installTokenResolver` (kernel/auth/token-resolver.ts). */
    tokenResolver: TokenResolver;
    csrfTokenFor(sessionId: string): string;
    issueSessionCookie(reply: FastifyReply, request: FastifyRequest, sessionId: string, userId: number): Promise<void>;
    clearSessionCookie(reply: FastifyReply, request: FastifyRequest): void;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function presentedToken(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (typeof auth === 'string' && auth.length > 0) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (!match) throw unauthorized('Malformed Authorization header: expected "Bearer <token>"');
    return match[1] ?? null;
  }
  const key = request.headers['x-api-key'];
  return typeof key === 'string' && key.length > 0 ? key.trim() : null;
}

export interface AuthPluginOptions {
  /** Reconnection timing of the authorization listener (PostgreSQL). */
  listener?: ListenOptions;
}

export default fp(
  async function authPlugin(app: FastifyInstance, opts: AuthPluginOptions) {
    const { secret } = app.config;
    await app.register(fastifyJwt, { secret, sign: { expiresIn: SESSION_JWT_TTL_SECONDS } });
    // Counts shared by every instance on PostgreSQL (the rate_limits table); PGlite is one process.
    if (app.dbHandle.kind === 'postgres') {
      const counters = new PgAttemptStore(app.db);
      const requests = sharedRateLimitStore(counters, (err) => app.log.warn({ err }, 'could not add request counts to rate_limits'));
      app.decorate('attemptStore', counters);
      // No global limit: the limiter is used directly via createRateLimit (the per-token limit).
      await app.register(rateLimit, { global: false, store: requests.Store });
      // Deleting expired rows is one job for the whole cluster of workers: the lead worker does it.
      const sweep = leadsCluster()
        ? setInterval(() => {
            counters.sweep(Date.now()).catch((err: unknown) => app.log.warn({ err }, 'could not delete expired rate_limits rows'));
          }, SWEEP_MS)
        : undefined;
      sweep?.unref();
      app.addHook('onClose', async () => {
        clearInterval(sweep);
        await requests.close();
      });
    } else {
      app.decorate('attemptStore', new MemoryAttemptStore());
      await app.register(rateLimit, { global: false });
    }

    const authz = new AuthzCache(app.db, app.dbHandle.kind);
    app.decorate('authz', authz);
    // Until it is live, and whenever it is lost, every request reads the version row instead.
    await authz.listen(
      app.dbHandle,
      (err) => app.log.warn({ err }, 'authorization listener lost; reading the version on every request until it reconnects'),
      opts.listener,
    );
    app.addHook('onClose', async () => authz.close());
    app.decorate('tokenResolver', (async () => {
      throw unauthorized('API tokens are not accepted by this server');
    }) as TokenResolver);

    app.decorate('csrfTokenFor', (sessionId: string) => createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url'));

    app.decorate('issueSessionCookie', async (reply: FastifyReply, request: FastifyRequest, sessionId: string, userId: number) => {
      const jwt = await reply.jwtSign({ sid: sessionId, sub: String(userId) });
      reply.setCookie(SESSION_COOKIE, jwt, {
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        path: '/',
        maxAge: SESSION_JWT_TTL_SECONDS,
      });
    });

    app.decorate('clearSessionCookie', (reply: FastifyReply, request: FastifyRequest) => {
      reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', path: '/' });
    });

    app.resolvePrincipal = async (request, reply) => {
      const token = presentedToken(request);
      const read = app.authz.sync();
      if (read) await timed(request, 'version', () => read);
      if (token !== null) return app.tokenResolver(request, token);

      const cookie = request.cookies[SESSION_COOKIE];
      if (!cookie) return null;
      let claims: SessionClaims;
      try {
        claims = app.jwt.verify<SessionClaims>(cookie);
      } catch {
        app.clearSessionCookie(reply, request);
        throw unauthorized('Your session has expired; sign in again');
      }
      const session = await app.authz.session(claims.sid);
      const now = new Date();
      if (!session || session.revokedAt || session.expiresAt <= now || String(session.userId) !== claims.sub) {
        app.clearSessionCookie(reply, request);
        throw unauthorized('Your session has ended; sign in again');
      }
      const user = await app.authz.user(session.userId);
      if (!user || !user.isActive) {
        app.clearSessionCookie(reply, request);
        throw unauthorized('Your session has ended; sign in again');
      }
      // Recognised, though not yet accepted: a CSRF refusal is audited under this user.
      request.claimedUser = { userId: user.id, email: user.email, via: 'session' };
      if (UNSAFE.has(request.method)) {
        const given = request.headers['x-csrf-token'];
        const expected = Buffer.from(app.csrfTokenFor(session.id));
        const ok = typeof given === 'string' && given.length === expected.length && timingSafeEqual(Buffer.from(given), expected);
        if (!ok) throw new AppError('csrf_failed', 'Missing or invalid X-CSRF-Token header; fetch it from GET /api/v1/auth/session');
      }
      if (now.getTime() / 1000 - claims.iat > RENEW_AFTER_SECONDS) {
        await app.issueSessionCookie(reply, request, session.id, session.userId);
        await touchSession(app.db, session.id);
      }
      return {
        userId: user.id,
        email: user.email,
        account: memoisedAccessOf(user, now),
        scopes: null,
        via: 'session',
        sessionId: session.id,
        timeSettings: await app.authz.timeSettingsOf(user),
      };
    };
  },
  { name: 'auth', dependencies: ['access'] },
);
