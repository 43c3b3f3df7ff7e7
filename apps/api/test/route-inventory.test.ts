/**
 * The route inventory: every route declares its access (buildApp enforces it; checked again
 * here from the table), every permission named anywhere is in the catalog (the Permission type
 * makes a typo a compile error), and every catalog permission guards at least one route or
 * service action — no permission defined but never checked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  invalidAccessReason,
  isPermission,
  PERMISSION_NAMES,
  PROJECT_RULES,
  requiredPermissions,
  requirementPermissions,
} from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { apiRoot } from '../src/config/paths.js';
import { useTestApp } from './helpers/fixtures.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'demo' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Permissions checked inside services: `permissions.has('x')`, explicit requirement helpers and
 * the owned kinds' (lib/owned-records.ts) `viewAll` / `editAll`.
 */
function serviceChecks(): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /permissions\.has\('([a-z_]+)'\)/g,
    /requirePermission\(\s*actor,\s*'([a-z_]+)'/g,
    /required_permission:\s*'([a-z_]+)'/g,
    /(?:viewAll|editAll):\s*'([a-z_]+)'/g,
  ];
  for (const file of sourceFiles(join(apiRoot, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) found.add(m[1]!);
  }
  return found;
}

/** Permissions that reach project actions in the shared per-action rules (`PROJECT_RULES`). */
function projectRulePermissions(): Set<string> {
  return new Set(Object.values(PROJECT_RULES).flatMap((r) => (r.permission ? requirementPermissions(r.permission) : [])));
}

describe('route inventory', () => {
  const t = useTestApp('pglite');

  it('every route carries a valid access declaration', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(60);
    for (const r of t.app.routeTable) expect(invalidAccessReason(r.access), `${r.method} ${r.url}`).toBeNull();
  });

  it('every permission named in a route or a service is in the catalog', () => {
    const named = [...t.app.routeTable.flatMap((r) => requiredPermissions(r.access)), ...serviceChecks()];
    expect(named.filter((p) => !isPermission(p))).toEqual([]);
  });

  it('every catalog permission guards at least one route or action', () => {
    const guarded = new Set<string>([
      ...t.app.routeTable.flatMap((r) => requiredPermissions(r.access)),
      ...serviceChecks(),
      ...projectRulePermissions(),
    ]);
    expect(PERMISSION_NAMES.filter((p) => !guarded.has(p))).toEqual([]);
  });

  it('every non-public API route needs authentication, and no route is both public and scoped', async () => {
    for (const r of t.app.routeTable) {
      if ('public' in r.access) continue;
      const res = await t.app.inject({ method: r.method as 'GET', url: r.url.replace(/:(\w+)/g, '1') });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });
});
