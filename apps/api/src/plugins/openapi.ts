/**
 * OpenAPI 3 document generated from the route schemas, annotated from each route's access
 * declaration (`x-required-scope`, `x-required-permission`, `x-access`), served at
 * `/api/openapi.json` with the interactive page at `/api/docs`. Every operation gets an
 * `operationId` derived here from its method and path, so routes never spell one.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { describeAccess, isPublicAccess, type RouteAccess } from '@timekeeper/shared';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { API_VERSION, APP_VERSION } from '../version.js';
import { markRoutesPublic } from './access.js';
import { cspHeader } from './security-headers.js';

/**
 * The operationId of a route: the method, then the path's words in PascalCase, a parameter as
 * `By<Name>` (GET /api/v1/projects/:id/financials → getProjectsByIdFinancials). Method and path
 * identify a route, so the names are unique and stay put while the path does.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => (/^[:{]/.test(segment) ? ['by', segment.replace(/[:{}]/g, '')] : [segment]))
    .flatMap((word) => word.split(/[-_]/))
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function annotate(schema: Record<string, unknown>, access: RouteAccess | undefined): Record<string, unknown> {
  if (!access) return schema;
  const description = [schema.description, `**Access:** ${describeAccess(access)}`].filter(Boolean).join('\n\n');
  const out: Record<string, unknown> = { ...schema, description, 'x-access': isPublicAccess(access) ? 'public' : 'authenticated' };
  if (!isPublicAccess(access)) {
    out['x-required-scope'] = access.scope;
    // A single name, or {anyOf: [...]} / {allOf: [...]} exactly as the route declares it.
    if ('permission' in access && access.permission) out['x-required-permission'] = access.permission;
    out.security = access.scope === null ? [{ session: [] }] : [{ session: [] }, { bearer: [] }, { apiKey: [] }];
  } else {
    out.security = [];
  }
  return out;
}

export default fp(
  async function openapiPlugin(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Timekeeper API',
          version: `${API_VERSION} (${APP_VERSION})`,
          description:
            'Time tracking and project accounting. Every operation lists the token scope (`x-required-scope`) and account permission (`x-required-permission`) it requires. Errors share one body: `{error, message, code, request_id}`.',
        },
        servers: [{ url: '/' }],
        components: {
          securitySchemes: {
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: 'tk_session',
              description: 'Browser session; writes also need the X-CSRF-Token header',
            },
            bearer: { type: 'http', scheme: 'bearer', description: 'API token: Authorization: Bearer tk_…' },
            apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'API token in the X-API-Key header' },
          },
        },
      },
      transform: ({ schema, url, route }) => {
        const s = (schema ?? {}) as Record<string, unknown>;
        if (!url.startsWith('/api/v1/')) return { schema: { ...s, hide: true } as never, url };
        const method = Array.isArray(route.method) ? route.method[0]! : route.method;
        const named = s.operationId === undefined ? { ...s, operationId: operationIdOf(method, url) } : s;
        return { schema: annotate(named, route.config?.access) as never, url };
      },
    });

    app.get(
      '/api/openapi.json',
      { config: { access: { public: true, reason: 'The API description is public documentation' } }, schema: { hide: true } },
      async () => app.swagger(),
    );

    await app.register(async (docs) => {
      markRoutesPublic(docs, 'Interactive API documentation');
      await docs.register(swaggerUi, {
        routePrefix: '/api/docs',
        // No badge from validator.swagger.io: the page loads nothing from elsewhere.
        uiConfig: { docExpansion: 'list', deepLinking: true, url: '/api/openapi.json', validatorUrl: null } as never,
        // The web app's policy (plugins/security-headers.ts) also fits Swagger UI, whose scripts are
        // files of this origin; it replaces the plugin's default, which allows framing and https: styles.
        staticCSP: cspHeader(),
      });
    });
  },
  { name: 'openapi', dependencies: ['access'] },
);
