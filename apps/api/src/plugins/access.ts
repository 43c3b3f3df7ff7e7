/**
 * Fail-closed route access.
 *
 * 1. Every route must carry a valid `config.access` (see RouteAccess in @timekeeper/shared);
 *    one that does not makes `app.ready()` — and so `buildApp` and the server — fail. That
 *    includes its project checks (`project: { see, action, note }`): known project actions, and
 *    never on a public route. The services enforce them; the declaration documents them.
 * 2. Before anything else runs for a request (onRequest: before body parsing, so anonymous
 *    callers learn nothing from validation errors), the declaration is enforced:
 *    authentication, then token scope, then the owner's current account permissions.
 *    Object-level and project-level checks are the services' job (they receive the actor).
 * 3. The collected route table (project checks included) feeds OpenAPI annotations, `/info`, docs
 *    and the access-matrix tests.
 */
import { decide, invalidAccessReason, isPublicAccess, type RouteAccess } from '@timekeeper/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { Principal } from '../lib/actor.js';
import { AppError } from '../lib/errors.js';
import { timed, timedSync } from './server-timing.js';

export interface RouteTableEntry {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
}

export type PrincipalResolver = (request: FastifyRequest, reply: FastifyReply) => Promise<Principal | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    routeTable: RouteTableEntry[];
    /** Replaced by the auth plugin; the default knows nobody. */
    resolvePrincipal: PrincipalResolver;
  }
}

/** Marks every route registered inside `scope` (third-party plugins: static files, docs UI) as public. */
export function markRoutesPublic(scope: FastifyInstance, reason: string): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...(route.config ?? {}), access: { public: true, reason } };
  });
}

/** Token scope, then the owner's current account permissions; throws the 403 that explains the refusal. */
function authorize(principal: Principal, access: Exclude<RouteAccess, { public: true }>): void {
  if (principal.scopes !== null && access.scope === null) {
    throw new AppError('forbidden', 'This endpoint is available to browser sessions only, not to API tokens', {
      required_scope: null,
      available_scopes: principal.scopes,
    });
  }
  const decision = decide(
    { permissions: principal.account.permissions, scopes: principal.scopes },
    { scope: access.scope ?? undefined, permission: 'permission' in access ? access.permission : undefined },
  );
  if (decision.allowed) return;
  if (decision.layer === 'scope') {
    throw new AppError('forbidden', `This endpoint requires the '${decision.requiredScope}' scope`, {
      required_scope: decision.requiredScope,
      available_scopes: [...decision.availableScopes],
    });
  }
  throw new AppError('forbidden', `This action requires the '${decision.requiredPermission}' permission`, {
    required_permission: decision.requiredPermission,
  });
}

export default fp(
  async function accessPlugin(app: FastifyInstance) {
    const routes: RouteOptions[] = [];
    app.decorate('routeTable', [] as RouteTableEntry[]);
    app.decorate('resolvePrincipal', (async () => null) as PrincipalResolver);
    app.decorateRequest('principal', null);

    app.addHook('onRoute', (route) => {
      routes.push(route);
    });

    app.addHook('onReady', async () => {
      const problems: string[] = [];
      for (const route of routes) {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        const reason = invalidAccessReason(route.config?.access);
        if (reason) problems.push(`${methods.join(',')} ${route.url} ${reason}`);
        else if (route.url.startsWith('/api/') && !methods.includes('HEAD')) {
          for (const method of methods) app.routeTable.push({ method, url: route.url, access: route.config!.access! });
        }
      }
      if (problems.length > 0) {
        throw new Error(`Refusing to start: every route must declare its access policy.\n  ${problems.join('\n  ')}`);
      }
      app.routeTable.sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
    });

    app.addHook('onRequest', async (request, reply) => {
      // Unmatched requests go to the not-found handler, which reveals nothing.
      if (request.is404) return;
      const access = request.routeOptions.config.access;
      // Unreachable after onReady validated every route; kept so a bug can never open a route.
      if (!access) throw new AppError('forbidden', 'This route has no access policy');
      if (isPublicAccess(access)) return;

      // Both phases are timed for the Server-Timing header (plugins/server-timing.ts).
      const principal = await timed(request, 'authn', () => app.resolvePrincipal(request, reply));
      if (!principal) throw new AppError('unauthorized', 'Sign in or send an API token to use this endpoint');
      request.principal = principal;
      timedSync(request, 'authz', () => authorize(principal, access));
    });
  },
  { name: 'access' },
);
