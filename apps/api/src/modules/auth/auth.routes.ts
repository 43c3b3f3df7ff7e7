import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { created, errorResponses, ok } from '../../lib/schemas.js';
import { userView } from '../users/users.service.js';
import {
  ChangePasswordBody,
  LoginBody,
  LogoutEverywhereBody,
  LogoutEverywhereResult,
  SessionList,
  SessionResponse,
  SetupBody,
  SetupStatus,
} from './auth.schemas.js';
import { ATTEMPT_RULES, attemptKeys, AttemptLimiter } from './attempt-limits.js';
import {
  changeOwnPassword,
  createFirstAdmin,
  listOwnSessions,
  login,
  logout,
  needsSetup,
  revokeOwnSessions,
  WrongCurrentPassword,
} from './auth.service.js';

/**
 * The sign-in limits, for the docs and tests: failures per address; failures per account and
 * address before the growing delays start (see attempt-limits.ts).
 */
export const LOGIN_LIMITS = {
  perIp: ATTEMPT_RULES.signInIp.max,
  windowMs: ATTEMPT_RULES.signInIp.windowMs,
  freeFailuresPerAccountAndIp: ATTEMPT_RULES.signInPair.free,
} as const;

const sessionOnly = { authenticated: true, scope: null } as const;

const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const limits = new AttemptLimiter(app.attemptStore);
  const signInKeys = (request: FastifyRequest) => ({
    ip: attemptKeys.signInIp(request.ip),
    pair: attemptKeys.signInPair((request.body as { email: string }).email, request.ip),
  });

  const meta = (request: FastifyRequest) => ({
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: String(request.id),
  });

  app.get(
    '/setup',
    {
      config: { access: { public: true, reason: 'The web app asks whether to show the first-run page before anyone can sign in' } },
      schema: { summary: 'Whether the first administrator still has to be created', response: { 200: SetupStatus } },
    },
    async () => ({ needs_setup: await needsSetup(app.db) }),
  );

  app.post(
    '/setup',
    {
      config: { access: { public: true, reason: 'Creates the first administrator on a new install; refused (409) once any user exists' } },
      // Every attempt counts against the address, none against an account: setup signs nobody in.
      preHandler: async (request) => limits.take(attemptKeys.setupIp(request.ip), ATTEMPT_RULES.setupIp, 'Too many setup attempts'),
      schema: {
        summary: 'Create the first administrator (super_admin) and sign in',
        body: SetupBody,
        response: created(SessionResponse, 400, 409, 429),
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
      preHandler: async (request) => {
        const keys = signInKeys(request);
        await limits.refuseWhileLimited(
          [
            [keys.ip, ATTEMPT_RULES.signInIp],
            [keys.pair, ATTEMPT_RULES.signInPair],
          ],
          'Too many sign-in attempts',
        );
      },
      schema: {
        summary: 'Sign in: sets the httpOnly tk_session cookie and returns the CSRF token',
        description: `Failed attempts slow down the address they come from: after ${ATTEMPT_RULES.signInPair.free} for one account, each further one waits 1, 2, 4 … seconds (at most 15 minutes); after ${ATTEMPT_RULES.signInIp.max} in 15 minutes from one address, that address waits. Meanwhile: 429 with Retry-After.`,
        body: LoginBody,
        response: ok(SessionResponse, 400, 401, 429),
      },
    },
    async (request, reply) => {
      const keys = signInKeys(request);
      let result;
      try {
        result = await login(app.db, request.body.email, request.body.password, meta(request));
      } catch (err) {
        if (err instanceof AppError && err.code === 'invalid_credentials') {
          await limits.count(keys.ip, ATTEMPT_RULES.signInIp);
          await limits.count(keys.pair, ATTEMPT_RULES.signInPair);
        }
        throw err;
      }
      await limits.forget(keys.pair);
      const { user, sessionId } = result;
      await app.issueSessionCookie(reply, request, sessionId, user.id);
      return { user, csrf_token: app.csrfTokenFor(sessionId) };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: sessionOnly },
      schema: { summary: 'Sign out this session', response: { 204: Type.Null(), ...errorResponses(401, 403) } },
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
      schema: { summary: 'The signed-in user and the CSRF token for this session', response: ok(SessionResponse, 401, 403) },
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
      schema: { summary: 'Your active sessions', response: ok(SessionList, 401, 403) },
    },
    async (request) => ({ sessions: await listOwnSessions(app.db, actorFrom(request)) }),
  );

  app.post(
    '/auth/logout-everywhere',
    {
      config: { access: sessionOnly },
      schema: {
        summary: 'Sign out every session of yours (optionally keeping this one)',
        body: Type.Optional(LogoutEverywhereBody),
        response: ok(LogoutEverywhereResult, 400, 401, 403),
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
      preHandler: async (request) =>
        limits.refuseWhileLimited(
          [[attemptKeys.passwordChange(actorFrom(request).userId!), ATTEMPT_RULES.passwordChange]],
          'Too many wrong current passwords',
        ),
      schema: {
        summary: 'Change your password; every other session of yours ends',
        description: `Browser sessions only. After ${ATTEMPT_RULES.passwordChange.max} wrong current passwords in 15 minutes: 429 with Retry-After.`,
        body: ChangePasswordBody,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const actor = actorFrom(request);
      const key = attemptKeys.passwordChange(actor.userId!);
      try {
        await changeOwnPassword(app.db, actor, request.body.current_password, request.body.new_password);
      } catch (err) {
        if (err instanceof WrongCurrentPassword) await limits.count(key, ATTEMPT_RULES.passwordChange);
        throw err;
      }
      await limits.forget(key);
      return reply.status(204).send(null);
    },
  );
};

export default authRoutes;
