/**
 * docs/api/scopes.md is generated (`pnpm docs:generate`) from packages/shared and the API route
 * table. This test renders it the same way and fails when the committed page differs, so a new
 * scope, a changed description or a new route cannot leave the reference behind.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCOPE_NAMES } from '../packages/shared/src/index.js';
import { loadRouteTable } from '../scripts/docs/routes.js';
import { firstDifference } from '../scripts/docs/first-difference.js';
import { renderScopeReference, SCOPE_REFERENCE_FILE, type DocRoute } from '../scripts/docs/scope-reference.js';

describe('docs/api/scopes.md', () => {
  let routes: DocRoute[];
  beforeAll(async () => {
    // Builds the whole API on an in-memory PGlite database: a few seconds.
    routes = await loadRouteTable();
  }, 120_000);

  it('is what pnpm docs:generate writes (byte for byte)', () => {
    const committed = readFileSync(SCOPE_REFERENCE_FILE, 'utf8');
    const expected = renderScopeReference(routes);
    expect(committed, `docs/api/scopes.md is out of date: run pnpm docs:generate${firstDifference(committed, expected)}`).toBe(expected);
  });

  it('describes every scope and lists every route that a token can use under its scope', () => {
    const page = renderScopeReference(routes);
    for (const scope of SCOPE_NAMES) expect(page, scope).toContain(`#### \`${scope}\``);
    const scoped = routes.filter((r) => r.scope !== null);
    expect(scoped.length).toBeGreaterThan(10);
    for (const r of scoped) expect(page, `${r.method} ${r.path}`).toContain(`| \`${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}\` |`);
  });

  it('follows the route table: another route or another scope changes the page', () => {
    const page = renderScopeReference(routes);
    const extra = renderScopeReference([...routes, { method: 'GET', path: '/api/v1/widgets', scope: 'read:tasks', permissions: [] }]);
    expect(extra).not.toBe(page);
    expect(extra).toContain('| `GET /api/v1/widgets` | any signed-in user |');
    const moved = routes.map((r) => (r.path === '/api/v1/users/me' && r.method === 'GET' ? { ...r, scope: 'admin:all' } : r));
    expect(() => renderScopeReference(moved)).toThrow(/GET \/api\/v1\/users\/me/);
    expect(() => renderScopeReference([...routes, { method: 'GET', path: '/api/v1/x', scope: 'read:everything' }])).toThrow(
      /not in the catalog/,
    );
  });

  it('is deterministic and renders without a route table too', () => {
    expect(renderScopeReference(routes)).toBe(renderScopeReference([...routes].reverse()));
    const bare = renderScopeReference();
    expect(bare).toContain('listed by `GET /api/v1/info`');
    expect(bare).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
