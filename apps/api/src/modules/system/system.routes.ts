import {
  SCOPES,
  SCOPE_NAMES,
  SCOPE_PRESETS,
  isPublicAccess,
  requiredPermissions,
  routeProject,
  type RouteAccess,
} from '@timekeeper/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ok } from '../../lib/schemas.js';
import { API_VERSION, APP_VERSION } from '../../version.js';
import { Health, Info } from './system.schemas.js';

function permissionMode(access: RouteAccess): 'any' | 'all' | null {
  if (!('permission' in access) || typeof access.permission !== 'object') return null;
  return 'anyOf' in access.permission ? 'any' : 'all';
}

/** The route's project checks (config.access.project) as /info publishes them, or null. */
function projectChecks(access: RouteAccess) {
  const project = routeProject(access);
  return project === null ? null : { see: project.see ?? null, action: project.action ?? null, note: project.note ?? null };
}

const systemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      config: { access: { public: true, reason: 'Load balancers and monitors probe it without credentials' } },
      schema: {
        summary: 'Health and readiness',
        description: 'Answers 200 when the API and its database work, 503 while the database is unreachable.',
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
      schema: { summary: 'API information and endpoint map', response: ok(Info, 500) },
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
          project: projectChecks(r.access),
        })),
    }),
  );
};

export default systemRoutes;
