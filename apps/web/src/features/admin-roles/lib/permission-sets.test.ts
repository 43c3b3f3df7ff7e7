import { permissionsByCategory } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { canGrant, diffPermissions, firstMissing, impliedOnly, selectionState, toggleCategory } from './permission-sets';

const invoices = permissionsByCategory().find((c) => c.name === 'invoices')!.permissions;

describe('permission sets', () => {
  it('diffs in catalog order, ignoring input order', () => {
    expect(diffPermissions(['send_invoices', 'view_users'], ['create_projects', 'view_users', 'view_own_time_entries'])).toEqual({
      added: ['view_own_time_entries', 'create_projects'],
      removed: ['send_invoices'],
    });
  });

  it('grants only what the caller holds together with everything it implies', () => {
    expect(canGrant('edit_all_time_entries', new Set(['edit_all_time_entries']))).toBe(false);
    expect(
      canGrant(
        'edit_all_time_entries',
        new Set(['edit_all_time_entries', 'view_all_time_entries', 'edit_own_time_entries', 'view_own_time_entries']),
      ),
    ).toBe(true);
    expect(firstMissing(['manage_roles'], new Set(['manage_roles']))).toBe('view_permissions');
  });

  it('toggles a category: all grantable on, then all off, leaving the rest alone', () => {
    const held = new Set(invoices.filter((p) => p !== 'manage_payments'));
    const on = toggleCategory(invoices, new Set(['view_users']), held);
    expect(selectionState(invoices, on)).toBe('some');
    expect(on.has('manage_payments')).toBe(false);
    expect(on.has('view_users')).toBe(true);
    const off = toggleCategory(invoices, new Set([...on, 'manage_payments']), held);
    expect([...off].sort()).toEqual(['manage_payments', 'view_users']);
  });

  it('lists what a role grants only through implies', () => {
    expect([...impliedOnly(['edit_all_time_entries'])].sort()).toEqual([
      'edit_own_time_entries',
      'view_all_time_entries',
      'view_own_time_entries',
    ]);
  });
});
