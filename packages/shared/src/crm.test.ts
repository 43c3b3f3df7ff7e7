/**
 * The sales (CRM) part of the vocabulary: the `crm` permission category, what each system role
 * holds of it, and the deals / leads / contacts scopes (docs/api/crm.md,
 * docs/admin/security/roles-and-permissions.md).
 */
import { describe, expect, it } from 'vitest';
import { closePermissions, PERMISSION_CATEGORIES, PERMISSIONS, permissionsByCategory, type Permission } from './permissions.js';
import { SYSTEM_ROLES, type SystemRoleName } from './roles.js';
import { refusedScopes, SCOPE_RESOURCES, SCOPES, scopeSatisfies } from './scopes.js';

const CRM: Permission[] = [
  'view_own_leads',
  'view_all_leads',
  'create_leads',
  'edit_own_leads',
  'edit_all_leads',
  'delete_leads',
  'convert_leads',
  'view_own_deals',
  'view_all_deals',
  'create_deals',
  'edit_own_deals',
  'edit_all_deals',
  'delete_deals',
  'view_contacts',
  'create_contacts',
  'edit_contacts',
  'delete_contacts',
];

const held = (role: SystemRoleName) => closePermissions(SYSTEM_ROLES[role].permissions);
const crmOf = (role: SystemRoleName) => CRM.filter((p) => held(role).has(p)).sort();

describe('the crm permission category', () => {
  it('holds exactly the sales permissions, in this order, with a label and descriptions', () => {
    expect(PERMISSION_CATEGORIES.crm.label).toBe('Sales (CRM)');
    expect(permissionsByCategory().find((c) => c.name === 'crm')).toEqual({ name: 'crm', label: 'Sales (CRM)', permissions: CRM });
    for (const p of CRM) expect(PERMISSIONS[p].description.length, p).toBeGreaterThan(10);
  });

  it('all implies own, edit implies view, and seeing contacts means seeing their clients', () => {
    const closure = (p: Permission) => [...closePermissions([p])].sort();
    expect(closure('view_all_leads')).toEqual(['view_all_leads', 'view_own_leads']);
    expect(closure('edit_all_leads')).toEqual(['edit_all_leads', 'edit_own_leads', 'view_all_leads', 'view_own_leads']);
    expect(closure('edit_own_leads')).toEqual(['edit_own_leads', 'view_own_leads']);
    expect(closure('create_leads')).toEqual(['create_leads', 'view_own_leads']);
    expect(closure('delete_leads')).toEqual(['delete_leads', 'view_own_leads']);
    expect(closure('convert_leads')).toEqual(['convert_leads', 'view_own_leads']);
    expect(closure('view_all_deals')).toEqual(['view_all_deals', 'view_own_deals']);
    expect(closure('edit_all_deals')).toEqual(['edit_all_deals', 'edit_own_deals', 'view_all_deals', 'view_own_deals']);
    expect(closure('edit_own_deals')).toEqual(['edit_own_deals', 'view_own_deals']);
    expect(closure('create_deals')).toEqual(['create_deals', 'view_own_deals']);
    expect(closure('delete_deals')).toEqual(['delete_deals', 'view_own_deals']);
    expect(closure('view_own_leads')).toEqual(['view_own_leads']);
    expect(closure('view_own_deals')).toEqual(['view_own_deals']);
    expect(closure('view_contacts')).toEqual(['view_clients', 'view_contacts']);
    for (const p of ['create_contacts', 'edit_contacts', 'delete_contacts'] as const)
      expect(closure(p)).toEqual([p, 'view_clients', 'view_contacts'].sort());
  });
});

describe('the system roles share the crm permissions', () => {
  it('super_admin, admin and manager hold all of them', () => {
    for (const role of ['super_admin', 'admin', 'manager'] as const) expect(crmOf(role), role).toEqual([...CRM].sort());
  });

  it('user: own leads and deals (view, create, edit), view and create contacts', () => {
    expect(crmOf('user')).toEqual(
      [
        'view_own_leads',
        'create_leads',
        'edit_own_leads',
        'view_own_deals',
        'create_deals',
        'edit_own_deals',
        'view_contacts',
        'create_contacts',
      ].sort(),
    );
  });

  it('viewer: views own leads and deals, and contacts', () => {
    expect(crmOf('viewer')).toEqual(['view_contacts', 'view_own_deals', 'view_own_leads']);
  });
});

describe('the deals, leads and contacts scopes', () => {
  it('exist with labels, and write implies read', () => {
    for (const r of ['deals', 'leads', 'contacts'] as const) {
      expect(SCOPE_RESOURCES[r].label.toLowerCase()).toBe(r);
      expect(SCOPE_RESOURCES[r].description).toContain(r === 'contacts' ? 'contacts' : r);
      expect(SCOPES[`read:${r}`].description.length).toBeGreaterThan(5);
      expect(SCOPES[`write:${r}`].description.length).toBeGreaterThan(5);
      expect(scopeSatisfies([`write:${r}`], `read:${r}`)).toBe(true);
      expect(scopeSatisfies([`read:${r}`], `write:${r}`)).toBe(false);
    }
  });

  it('are backed by the matching permissions', () => {
    expect(SCOPES['read:deals'].backedBy).toEqual(['view_own_deals']);
    expect(SCOPES['write:deals'].backedBy).toEqual(['create_deals', 'edit_own_deals', 'delete_deals']);
    expect(SCOPES['read:leads'].backedBy).toEqual(['view_own_leads']);
    expect(SCOPES['write:leads'].backedBy).toEqual(['create_leads', 'edit_own_leads', 'delete_leads', 'convert_leads']);
    expect(SCOPES['read:contacts'].backedBy).toEqual(['view_contacts']);
    expect(SCOPES['write:contacts'].backedBy).toEqual(['create_contacts', 'edit_contacts', 'delete_contacts']);
  });

  it('a user may be granted all six; a viewer only the read scopes', () => {
    const six = ['read:deals', 'write:deals', 'read:leads', 'write:leads', 'read:contacts', 'write:contacts'];
    expect(refusedScopes(six, { isAdmin: false, permissions: held('user') })).toEqual([]);
    expect(refusedScopes(six, { isAdmin: false, permissions: held('viewer') })).toEqual([
      { scope: 'write:deals', reason: 'not_backed' },
      { scope: 'write:leads', reason: 'not_backed' },
      { scope: 'write:contacts', reason: 'not_backed' },
    ]);
    expect(refusedScopes(['write:leads'], { isAdmin: false, permissions: closePermissions(['convert_leads']) })).toEqual([]);
    expect(refusedScopes(['write:deals'], { isAdmin: false, permissions: closePermissions(['delete_deals']) })).toEqual([]);
    expect(refusedScopes(['write:contacts'], { isAdmin: false, permissions: closePermissions(['delete_contacts']) })).toEqual([]);
  });
});
