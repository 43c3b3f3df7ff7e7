/**
 * docs/development/access-matrix.md is generated (`pnpm docs:generate`) from the API route table,
 * (each route's `config.access`, with its project checks), the shared role presets and the decision
 * function. This test renders it
 * the same way and fails when the committed page differs. The page is also what
 * apps/api/test/access-matrix.test.ts checks against real responses.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_MATRIX_FILE, parseAccessMatrix, renderAccessMatrix } from '../scripts/docs/access-matrix.js';
import { loadRouteTable } from '../scripts/docs/routes.js';
import { firstDifference } from '../scripts/docs/first-difference.js';
import type { DocRoute } from '../scripts/docs/scope-reference.js';

describe('docs/development/access-matrix.md', () => {
  let routes: DocRoute[];
  beforeAll(async () => {
    // Builds the whole API on an in-memory PGlite database: a few seconds.
    routes = await loadRouteTable();
  }, 120_000);

  it('is what pnpm docs:generate writes (byte for byte)', () => {
    const committed = readFileSync(ACCESS_MATRIX_FILE, 'utf8');
    const expected = renderAccessMatrix(routes);
    expect(
      committed === expected,
      `docs/development/access-matrix.md is out of date: run pnpm docs:generate${firstDifference(committed, expected)}`,
    ).toBe(true);
  });

  it('has one row per route that reads back as the route’s declaration', () => {
    const parsed = parseAccessMatrix(renderAccessMatrix(routes));
    const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
    expect(parsed.map(key).sort()).toEqual(routes.map(key).sort());
    for (const r of routes) {
      const row = parsed.find((p) => key(p) === key(r))!;
      expect({ scope: row.scope, permissions: row.permissions, mode: row.mode }, key(r)).toEqual({
        scope: r.access === 'public' ? null : r.scope,
        permissions: r.permissions,
        mode: (r.permissions ?? []).length > 1 ? r.permission_mode : null,
      });
    }
  });

  it('follows the route table, project checks included, and refuses an unknown project action', () => {
    const page = renderAccessMatrix(routes);
    const changed = routes.map((r) => (r.method === 'GET' && r.path === '/api/v1/clients' ? { ...r, permissions: ['view_users'] } : r));
    expect(renderAccessMatrix(changed)).toContain(
      '| `GET /api/v1/clients` | permission | `view_users` | `read:clients` | — | super_admin, admin, manager |',
    );
    expect(renderAccessMatrix([...routes].reverse())).toBe(page);
    const isTaskCreate = (r: DocRoute) => r.method === 'POST' && r.path === '/api/v1/tasks';
    expect(routes.find(isTaskCreate)?.project).toEqual({ see: 'view_tasks', action: 'edit_tasks', note: null });
    const withoutProject = routes.map((r) => (isTaskCreate(r) ? { ...r, project: null } : r));
    expect(parseAccessMatrix(renderAccessMatrix(withoutProject)).find(isTaskCreate)).toMatchObject({ see: null, do: null });
    const unknown = routes.map((r) => (isTaskCreate(r) ? { ...r, project: { see: null, action: 'edit_everything', note: null } } : r));
    expect(() => renderAccessMatrix(unknown)).toThrow(/POST \/api\/v1\/tasks names an unknown project action edit_everything/);
  });
});
