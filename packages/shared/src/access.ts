/**
 * Route access declarations. Every API route carries exactly one in `config.access`; a route
 * without one stops the server from starting (fail closed).
 *
 * `scope` is what a bearer token must hold; `null` means the route is for browser sessions only
 * and every token is refused.
 */
import { isPermission, type Permission } from './permissions.js';
import type { PermissionRequirement } from './decide.js';
import { isProjectAction, type ProjectAction } from './project-access.js';
import { isScope, type RequiredScope } from './scopes.js';

/**
 * The project checks the route's service makes for the object the route acts on
 * (docs/development/authorization.md, "The project layer"). The route does not enforce them — the
 * service does, with `requireProject` / `requireAction` — but the declaration names them so that
 * `GET /api/v1/info`, the access matrix and its test read them from the route table.
 */
export interface RouteProject {
  /** Without this action the object (or its project) is invisible: 404. */
  readonly see?: ProjectAction;
  /** The project is visible, but without this action: 403 naming `required_project_level`. */
  readonly action?: ProjectAction;
  /** Which object the declaration describes, or other ways to pass (shown in the access matrix). */
  readonly note?: string;
}

export type RouteAccess =
  /** Anyone, signed in or not. `reason` documents why the route is open. Project checks need a caller: none here. */
  | { readonly public: true; readonly reason: string; readonly project?: never }
  /** Any signed-in user. */
  | { readonly authenticated: true; readonly scope: RequiredScope | null; readonly project?: RouteProject }
  /** A signed-in user holding `permission` (checked again for token owners on every request). */
  | { readonly permission: PermissionRequirement; readonly scope: RequiredScope | null; readonly project?: RouteProject };

export function isPublicAccess(access: RouteAccess): access is Extract<RouteAccess, { public: true }> {
  return 'public' in access && access.public === true;
}

export function requiredPermissions(access: RouteAccess): Permission[] {
  if (!('permission' in access)) return [];
  const p = access.permission;
  if (typeof p === 'string') return [p];
  return 'anyOf' in p ? [...p.anyOf] : [...p.allOf];
}

/** The project checks a declaration names, or null when it names none. */
export function routeProject(access: RouteAccess): RouteProject | null {
  return isPublicAccess(access) ? null : (access.project ?? null);
}

/** Why a `project` declaration is not valid, or null when it is. */
function invalidProjectReason(project: unknown): string | null {
  if (typeof project !== 'object' || project === null) return 'has a project declaration that is not an object';
  const p = project as Record<string, unknown>;
  const extra = Object.keys(p).find((k) => !['see', 'action', 'note'].includes(k));
  if (extra !== undefined) return `has a project declaration with an unknown key ${extra}`;
  if (p.see === undefined && p.action === undefined) return 'has a project declaration without see or action';
  for (const key of ['see', 'action'] as const) {
    if (p[key] !== undefined && !isProjectAction(p[key])) return `names a project ${key} that is not a project action: ${String(p[key])}`;
  }
  if (p.note !== undefined && (typeof p.note !== 'string' || p.note.length === 0)) return 'has a project note that is not a non-empty text';
  return null;
}

/** Why a value is not a valid declaration, or null when it is. Used at start-up to fail closed. */
export function invalidAccessReason(access: unknown): string | null {
  if (access === undefined || access === null) return 'has no access declaration (config.access)';
  if (typeof access !== 'object') return 'has an access declaration that is not an object';
  const a = access as Record<string, unknown>;
  if (a.public === true) {
    if (a.project !== undefined) return 'is public but declares project checks (they need a signed-in caller)';
    return typeof a.reason === 'string' && a.reason.length > 0 ? null : 'is public but gives no reason';
  }
  if (a.project !== undefined) {
    const projectProblem = invalidProjectReason(a.project);
    if (projectProblem) return projectProblem;
  }
  if (!('scope' in a)) return 'must declare the token scope it requires (or scope: null for session-only routes)';
  if (
    a.scope !== null &&
    (typeof a.scope !== 'string' || !isScope(a.scope) || a.scope.includes('*') || (a.scope !== 'admin:all' && a.scope.startsWith('admin')))
  ) {
    return `declares an unknown or wildcard scope ${JSON.stringify(a.scope)}`;
  }
  if (a.authenticated === true)
    return 'permission' in a && a.permission !== undefined ? 'declares both authenticated and permission' : null;
  if (!('permission' in a)) return 'must declare public, authenticated or a permission';
  const p = a.permission;
  const names: unknown[] =
    typeof p === 'string'
      ? [p]
      : p && typeof p === 'object' && 'anyOf' in p
        ? (p as { anyOf: unknown[] }).anyOf
        : p && typeof p === 'object' && 'allOf' in p
          ? (p as { allOf: unknown[] }).allOf
          : [];
  if (names.length === 0) return 'declares an empty permission requirement';
  const unknown = names.find((n) => typeof n !== 'string' || !isPermission(n));
  return unknown === undefined ? null : `names a permission that is not in the catalog: ${String(unknown)}`;
}

/** A short human description, used in docs and OpenAPI descriptions. */
export function describeAccess(access: RouteAccess): string {
  if (isPublicAccess(access)) return 'Public';
  const parts: string[] = [];
  if ('permission' in access && access.permission) {
    const p = access.permission;
    if (typeof p === 'string') parts.push(`permission \`${p}\``);
    else if ('anyOf' in p) parts.push(`any of the permissions ${p.anyOf.map((x) => `\`${x}\``).join(', ')}`);
    else parts.push(`all of the permissions ${p.allOf.map((x) => `\`${x}\``).join(', ')}`);
  } else parts.push('any signed-in user');
  parts.push(access.scope ? `token scope \`${access.scope}\`` : 'browser session only (not available to API tokens)');
  return parts.join('; ');
}
