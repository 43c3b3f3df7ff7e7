import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { errorResponses } from '../../lib/schemas.js';
import { userView } from '../users/users.service.js';
import { ChangePasswordBody, LoginBody, LogoutEverywhereBody, SessionInfo, SessionResponse, SetupBody, SetupStatus } from './auth.schemas.js';
import { changeOwnPassword, createFirstAdmin, listOwnSessions, login, logout, needsSetup, revokeOwnSessions } from './auth.service.js';

/** Failed sign-in attempts allowed per window, per client IP and per account (email). */
export const LOGIN_LIMITS = { perIp: 20, perAccount: 5, windowMs: 15 * 60 * 1000 } as const;

const sessionOnly = { authenticated: true, scope: null } as const;

const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const perIp = app.createRateLimit({ max: LOGIN_LIMITS.perIp, timeWindow: LOGIN_LIMITS.windowMs, keyGenerator: (req) => `login-ip:${req.ip}` });
  const perAccount = app.createRateLimit({
    max: LOGIN_LIMITS.perAccount,
    timeWindow: LOGIN_LIMITS.windowMs,
    keyGenerator: (req) => `login-account:${String((req.body as { email?: unknown })?.email ?? '').trim().toLowerCase()}`,
  });

  /**
   * Refuses the request while either limit is used up. Sign-in counts only failed attempts
   * (people who sign in often are not locked out); setup counts every attempt.
   */
  async function refuseWhenLimited(request: FastifyRequest, countThisAttempt: boolean) {
    for (const limiter of [perIp, perAccount]) {
      const result = await limiter(request, { increment: countThisAttempt });
      if (result.isAllowed) continue;
      const limited = countThisAttempt ? result.isExceeded : result.remaining === 0;
      if (limited) {
        const retry = String(Math.max(1, result.ttlInSeconds));
        throw new AppError('rate_limited', `Too many sign-in attempts; try again in ${retry} seconds`, { retry_after: Number(retry) }, { 'Retry-After': retry });
      }
    }
  }

  async function countFailure(request: FastifyRequest) {
    await perIp(request);
    await perAccount(request);
  }

  const meta = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: String(request.id) });

  app.get(
    '/setup',
    {
      config: { access: { public: true, reason: 'The web app asks whether to show the first-run page before anyone can sign in' } },
      schema: { summary: 'Whether the first administrator still has to be created', tags: ['auth'], response: { 200: SetupStatus } },
    },
    async () => ({ needs_setup: await needsSetup(app.db) }),
  );

  app.post(
    '/setup',
    {
      config: { access: { public: true, reason: 'Creates the first administrator on a new install; refused (409) once any user exists' } },
      preHandler: async (request) => refuseWhenLimited(request, true),
      schema: {
        summary: 'Create the first administrator (super_admin) and sign in',
        tags: ['auth'],
        body: SetupBody,
        response: { 201: SessionResponse, ...errorResponses(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const { user, sessionId } = await createFirstAdmin(app.db, request.body, meta(request));
      await app.issueSessionCookie(reply, request, sessionId!, user.id);
      return reply.status(201).send({ user, csrf_token: app.csrfTokenFor(sessionId!) });
    },
  );

  app.post(
    '/auth/login',
    {
      config: { access: { public: true, reason: 'Signing in needs no prior credentials; rate-limited per IP and per account' } },
      preHandler: async (request) => refuseWhenLimited(request, false),
      schema: {
        summary: 'Sign in: sets the httpOnly tk_session cookie and returns the CSRF token',
        tags: ['auth'],
        body: LoginBody,
        response: { 200: SessionResponse, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      let result;
      try {
        result = await login(app.db, request.body.email, request.body.password, meta(request));
      } catch (err) {
        if (err instanceof AppError && err.code === 'invalid_credentials') await countFailure(request);
        throw err;
      }
      const { user, sessionId } = result;
      await app.issueSessionCookie(reply, request, sessionId, user.id);
      return { user, csrf_token: app.csrfTokenFor(sessionId) };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: sessionOnly },
      schema: { summary: 'Sign out this session', tags: ['auth'], response: { 204: Type.Null(), ...errorResponses(401, 403) } },
    },
    async (request, reply) => {
      await logout(app.db, actorFrom(request));
      app.clearSessionCookie(reply, request);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/session',
    {
      config: { access: sessionOnly },
      schema: { summary: 'The signed-in user and the CSRF token for this session', tags: ['auth'], response: { 200: SessionResponse, ...errorResponses(401, 403) } },
    },
    async (request) => {
      const actor = actorFrom(request);
      return { user: await userView(app.db, actor.userId!), csrf_token: app.csrfTokenFor(actor.sessionId!) };
    },
  );

  app.get(
    '/auth/sessions',
    {
      config: { access: sessionOnly },
      schema: { summary: 'Your active sessions', tags: ['auth'], response: { 200: Type.Object({ sessions: Type.Array(SessionInfo) }), ...errorResponses(401, 403) } },
    },
    async (request) => ({ sessions: await listOwnSessions(app.db, actorFrom(request)) }),
  );

  app.post(
    '/auth/logout-everywhere',
    {
      config: { access: sessionOnly },
      schema: {
        summary: 'Sign out every session of yours (optionally keeping this one)',
        tags: ['auth'],
        body: Type.Optional(LogoutEverywhereBody),
        response: { 200: Type.Object({ ended: Type.Integer() }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const keep = request.body?.keep_current ?? false;
      const ended = await revokeOwnSessions(app.db, actorFrom(request), keep);
      if (!keep) app.clearSessionCookie(reply, request);
      return { ended };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: sessionOnly },
      schema: {
        summary: 'Change your password; every other session of yours ends',
        tags: ['auth'],
        body: ChangePasswordBody,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(app.db, actorFrom(request), request.body.current_password, request.body.new_password);
      return reply.status(204).send(null);
    },
  );
};

export default authRoutes;
