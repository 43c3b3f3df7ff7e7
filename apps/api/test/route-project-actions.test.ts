/**
 * A route's access declaration names the project checks its service makes
 * (`config.access.project`: `see`, `action`, `note`; docs/development/authorization.md,
 * "Declaring access"). The declaration is validated when the app becomes ready — an unknown
 * project action stops the server like a missing declaration — and `GET /api/v1/info` publishes it
 * for every route, which is where the access matrix (docs/development/access-matrix.md) reads it.
 */
import { isPublicAccess, isProjectAction, routeProject } from '@timekeeper/shared';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';

const withRoute = (access: unknown) => async (app: FastifyInstance) => {
  app.get('/api/v1/test/project-route', { config: { access: access as never } }, async () => ({ leaked: true }));
};

describe('fail closed: a project declaration that is not valid stops the app', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'an unknown project action',
      { permission: 'view_projects', scope: 'read:projects', project: { action: 'approve_everything' } },
      /GET \/api\/v1\/test\/project-route names a project action that is not a project action: approve_everything/,
    ],
    [
      'an unknown action to see with',
      { authenticated: true, scope: 'read:projects', project: { see: 'view_everything', action: 'edit_tasks' } },
      /names a project see that is not a project action: view_everything/,
    ],
    [
      'project checks on a public route',
      { public: true, reason: 'a test page', project: { see: 'view_project' } },
      /is public but declares project checks/,
    ],
    [
      'neither see nor action',
      { permission: 'view_projects', scope: 'read:projects', project: { note: 'words only' } },
      /without see or action/,
    ],
    [
      'a misspelt key',
      { permission: 'view_projects', scope: 'read:projects', project: { do: 'edit_tasks' } },
      /project declaration with an unknown key do/,
    ],
  ];
  for (const [name, access, message] of cases) {
    it(`refuses to build: ${name}`, async () => {
      const build = createTestApp('pglite', { plugins: [withRoute(access)] });
      await expect(build).rejects.toThrow(/Refusing to start: every route must declare its access policy/);
      await expect(build).rejects.toThrow(message);
    });
  }

  it('builds with a valid declaration and publishes it', async () => {
    const t = await createTestApp('pglite', {
      plugins: [
        withRoute({ permission: 'view_projects', scope: 'read:projects', project: { see: 'view_project', action: 'edit_project' } }),
      ],
    });
    try {
      const info = (await t.app.inject({ method: 'GET', url: '/api/v1/info' })).json();
      const entry = info.endpoints.find((e: { path: string }) => e.path === '/api/v1/test/project-route');
      expect(entry.project).toEqual({ see: 'view_project', action: 'edit_project', note: null });
    } finally {
      await t.close();
    }
  });
});

describe('GET /api/v1/info publishes each route’s project checks as declared', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(async () => t?.close());

  it('every endpoint’s project equals its route declaration', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/info' });
    expect(res.statusCode).toBe(200);
    const endpoints: { method: string; path: string; project: unknown }[] = res.json().endpoints;
    const declared = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/v1/'))
      .map((r) => {
        const p = routeProject(r.access);
        return {
          key: `${r.method} ${r.url}`,
          project: p === null ? null : { see: p.see ?? null, action: p.action ?? null, note: p.note ?? null },
        };
      });
    expect(endpoints.map((e) => ({ key: `${e.method} ${e.path}`, project: e.project }))).toEqual(declared);
  });

  it('the declarations name known project actions, only on signed-in routes, and cover the project-scoped routes', () => {
    const withProject = t.app.routeTable.filter((r) => routeProject(r.access) !== null);
    for (const r of withProject) {
      expect(isPublicAccess(r.access), `${r.method} ${r.url}`).toBe(false);
      const p = routeProject(r.access)!;
      for (const action of [p.see, p.action]) if (action !== undefined) expect(isProjectAction(action), `${r.method} ${r.url}`).toBe(true);
    }
    const find = (method: string, url: string) => routeProject(t.app.routeTable.find((r) => r.method === method && r.url === url)!.access);
    expect(find('POST', '/api/v1/tasks')).toEqual({ see: 'view_tasks', action: 'edit_tasks' });
    expect(find('DELETE', '/api/v1/time-entries/:id')).toMatchObject({ action: 'log_own_time' });
    expect(find('POST', '/api/v1/invoices')).toMatchObject({ see: 'view_project', action: 'invoice' });
    expect(find('GET', '/api/v1/clients')).toBeNull();
    expect(withProject.length).toBeGreaterThanOrEqual(35);
  });
});
