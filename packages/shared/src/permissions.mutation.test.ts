/**
 * The permission catalog's helpers. Written against the surviving mutants of `pnpm test:mutation`
 * (docs/development/testing.md, "Mutation testing").
 */
import { describe, expect, it } from 'vitest';
import { PERMISSION_NAMES, PERMISSIONS, permissionCategory } from './permissions.js';

describe('permissionCategory', () => {
  it('returns the category the catalog gives', () => {
    expect(permissionCategory('edit_invoices')).toBe('invoices');
    expect(permissionCategory('manage_roles')).toBe('administration');
    expect(permissionCategory('view_audit_logs')).toBe('system');
    for (const p of PERMISSION_NAMES) expect(permissionCategory(p)).toBe(PERMISSIONS[p].category);
  });
});
