import { SCOPES, SCOPE_NAMES, SCOPE_PRESETS, isPublicAccess, requiredPermissions, type RouteAccess } from '@timekeeper/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../lib/schemas.js';
import { API_VERSION, APP_VERSION } from '../../version.js';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.Union([Type.Literal('ok'), Type.Literal('down')]),
  version: Type.String(),
});

const EndpointEntry = Type.Object({
  method: Type.String(),
  path: Type.String(),
  access: Type.String(),
  scope: Type.Union([Type.String(), Type.Null()]),
  permissions: Type.Array(Type.String()),
  permission_mode: Type.Union([Type.Literal('any'), Type.Literal('all'), Type.Null()], {
    description: 'With several permissions: whether any one or all are needed',
  }),
});

const Info = Type.Object({
  api_version: Type.String(),
  app_version: Type.String(),
  documentation_url: Type.String(),
  openapi_url: Type.String(),
  authentication: Type.Array(Type.Object({ type: Type.String(), description: Type.String() })),
  scopes: Type.Array(Type.Object({ name: Type.String(), description: Type.String(), admin_only: Type.Boolean() })),
  scope_presets: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), use_for: Type.String(), scopes: Type.Array(Type.String()) }),
  ),
  endpoints: Type.Array(EndpointEntry),
});

function permissionMode(access: RouteAccess): 'any' | 'all' | null {
  if (!('permission' in access) || typeof access.permission !== 'object') return null;
  return 'anyOf' in access.permission ? 'any' : 'all';
}

const systemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      config: { access: { public: true, reason: 'Load balancers and monitors probe it without credentials' } },
      schema: {
        summary: 'Health and readiness',
        description: 'Answers 200 when the API and its database work, 503 while the database is unreachable.',
        tags: ['system'],
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      try {
        await app.dbHandle.ping();
        return { status: 'ok' as const, database: 'ok' as const, version: APP_VERSION };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: 'down' as const, version: APP_VERSION });
      }
    },
  );

  app.get(
    '/info',
    {
      config: { access: { public: true, reason: 'API discovery: versions, authentication methods, scopes and the endpoint map' } },
      schema: { summary: 'API information and endpoint map', tags: ['system'], response: { 200: Info, ...errorResponses(500) } },
    },
    async () => ({
      api_version: API_VERSION,
      app_version: APP_VERSION,
      documentation_url: '/api/docs',
      openapi_url: '/api/openapi.json',
      authentication: [
        {
          type: 'session',
          description: 'POST /api/v1/auth/login sets the httpOnly tk_session cookie; writes need the X-CSRF-Token header',
        },
        { type: 'bearer', description: 'Authorization: Bearer <API token>' },
        { type: 'api_key', description: 'X-API-Key: <API token>' },
      ],
      scopes: SCOPE_NAMES.map((name) => ({ name, description: SCOPES[name].description, admin_only: 'adminOnly' in SCOPES[name] })),
      scope_presets: SCOPE_PRESETS.map((p) => ({ ...p, scopes: [...p.scopes] })),
      endpoints: app.routeTable
        .filter((r) => r.url.startsWith('/api/v1/'))
        .map((r) => ({
          method: r.method,
          path: r.url,
          access: isPublicAccess(r.access) ? 'public' : 'authenticated',
          scope: isPublicAccess(r.access) ? null : r.access.scope,
          permissions: requiredPermissions(r.access),
          permission_mode: permissionMode(r.access),
        })),
    }),
  );
};

export default systemRoutes;
