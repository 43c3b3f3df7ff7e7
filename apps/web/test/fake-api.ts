/**
 * Scripted API answers by route, for the real local test server (`test-api-server.ts`):
 * `server.respondWith(routes({ 'GET /api/v1/auth/session': () => [200, body] }))`.
 * A route the test did not script answers 404 with the API's error body, like the real API.
 */
import { ERROR_CODES, type ErrorCode, type Permission, type ProjectAction } from '@timekeeper/shared';
import type { ApiData } from '@/lib/api/types';
import { sendJson, type RecordedRequest, type Responder } from './test-api-server';

export type RouteAnswer = [status: number, body?: unknown];
export type RouteTable = Record<string, (request: RecordedRequest) => RouteAnswer>;

let requestCounter = 0;

export function errorBody(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  requestCounter += 1;
  return { error: ERROR_CODES[code].error, code, message, request_id: `req-test-${requestCounter}`, ...extra };
}

export function pathOf(request: RecordedRequest): string {
  return new URL(request.url, 'http://test').pathname;
}

export function queryOf(request: RecordedRequest): URLSearchParams {
  return new URL(request.url, 'http://test').searchParams;
}

/** Routes keyed by "METHOD /path" (the path without its query string). */
export function routes(table: RouteTable): Responder {
  return (request, response) => {
    const handler = table[`${request.method} ${pathOf(request)}`];
    if (!handler) {
      sendJson(response, 404, errorBody('not_found', `Route ${request.method}:${pathOf(request)} not found`));
      return;
    }
    const [status, body] = handler(request);
    if (status === 204 || body === undefined) {
      response.writeHead(status);
      response.end();
      return;
    }
    sendJson(response, status, body);
  };
}

export const API = '/api/v1';

export const testUser = {
  id: 7,
  email: 'ada@example.test',
  name: 'Ada Lovelace',
  is_active: true,
  legacy_role: null,
  roles: [],
  created_at: '2026-01-01T00:00:00.000Z',
  last_login_at: null,
} satisfies ApiData<'/users/{id}', 'get'>;

/** GET /users/me for `testUser` with time settings (their own where given, the organisation's UTC defaults otherwise). */
export function meBody(settings: Partial<Pick<ApiData<'/users/me', 'get'>, 'time_zone' | 'week_start' | 'locale' | 'time_format'>> = {}) {
  const source = (key: keyof typeof settings) => (settings[key] === undefined ? 'organisation' : 'user');
  return {
    ...testUser,
    time_zone: 'UTC',
    week_start: 'monday',
    locale: 'en-GB',
    time_format: '24h',
    ...settings,
    time_settings_source: {
      time_zone: source('time_zone'),
      week_start: source('week_start'),
      locale: source('locale'),
      time_format: source('time_format'),
    },
  } satisfies ApiData<'/users/me', 'get'>;
}

/** The demo's Acme project as GET /projects lists it. */
export const ACME_PROJECT = { id: 3, name: 'Acme Website Redesign', client_id: 1, status: 'active', billable: true };

/** GET /projects answering `projects` on one page. */
export function projectsRoute(projects: readonly object[] = [ACME_PROJECT]): RouteTable {
  return { [`GET ${API}/projects`]: () => [200, { projects, pagination: { page: 1, per_page: 100, total: projects.length, pages: 1 } }] };
}

/** The routes of a signed-in person holding `permissions`. */
export function signedIn(
  permissions: Permission[],
  roles: { id: number; name: string; is_system_role: boolean; expires_at: string | null }[] = [],
): RouteTable {
  return {
    [`GET ${API}/auth/session`]: () => [
      200,
      { user: { ...testUser, roles }, csrf_token: 'csrf-test' } satisfies ApiData<'/auth/session', 'get'>,
    ],
    [`GET ${API}/users/me/permissions`]: () => [200, permissionsBody(permissions, roles)],
  };
}

/** The answer of GET /users/me/permissions for `testUser` holding `permissions`. */
export function permissionsBody(
  permissions: readonly Permission[],
  roles: { id: number; name: string; is_system_role: boolean; expires_at: string | null }[] = [],
) {
  return { user_id: testUser.id, is_admin: false, roles, permissions: [...permissions], scopes: null, version: 1 } satisfies ApiData<
    '/users/me/permissions',
    'get'
  >;
}

/** The answer of GET /projects/{id}/access for a participant: the given level and actions, every flag off unless set. */
export function projectAccessBody(
  projectId: number,
  access: { level: string; access_level: string; permissions_label: string; actions: readonly ProjectAction[] },
  flags: Partial<Record<'can_edit_time', boolean>> = {},
) {
  return {
    project_id: projectId,
    ...access,
    level_source: 'participation',
    is_member: true,
    flags: {
      can_invite: false,
      can_post: false,
      can_edit_time: false,
      can_edit_expense: false,
      can_schedule_their_hours: false,
      can_schedule_team_hours: false,
      ...flags,
    },
  };
}

/** A project as GET /projects/{id} answers it; `overrides` add the financial fields or change the access level. */
export function testProject(overrides: Record<string, unknown> = {}) {
  return {
    id: 5,
    name: 'Acme Website Redesign',
    description: '',
    client_id: null,
    status: 'active',
    billable: true,
    access_level: 'collaboration',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** A time entry of `testUser` whose timer has run for 65 seconds. */
export function runningTimeEntry(overrides: { notes?: string; user_id?: number; user?: { id: number; name: string } } = {}) {
  const startedAt = Date.now() - 65_000;
  return {
    id: 41,
    user_id: testUser.id,
    user: { id: testUser.id, name: testUser.name },
    project_id: 3,
    task_id: null,
    start_time: new Date(startedAt).toISOString(),
    end_time: null,
    duration_seconds: null,
    billable: true,
    notes: '',
    created_at: '2026-03-04T09:00:00Z',
    updated_at: '2026-03-04T09:00:00Z',
    ...overrides,
  };
}

/** The routes of nobody signed in; `needsSetup` answers GET /setup. */
export function signedOut(needsSetup = false): RouteTable {
  return {
    [`GET ${API}/auth/session`]: () => [401, errorBody('unauthorized', 'Sign in first')],
    [`GET ${API}/setup`]: () => [200, { needs_setup: needsSetup }],
  };
}

export function countRequests(requests: RecordedRequest[], method: string, path: string): number {
  return requests.filter((r) => r.method === method && pathOf(r) === path).length;
}
