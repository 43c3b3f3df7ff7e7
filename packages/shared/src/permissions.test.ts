import { describe, expect, it } from 'vitest';
import {
  closePermissions,
  isPermission,
  PERMISSION_NAMES,
  PERMISSIONS,
  permissionLabel,
  permissionsByCategory,
  type PermissionDefinition,
} from './permissions.js';
import { SYSTEM_ROLES, SYSTEM_ROLE_NAMES } from './roles.js';

describe('permission catalog', () => {
  it('names are snake_case and action first', () => {
    for (const name of PERMISSION_NAMES) {
      expect(name).toMatch(/^(view|create|edit|delete|manage|approve|assign|archive|export|send|convert)_[a-z_]+$/);
    }
  });

  it('every implied permission exists and no permission implies itself', () => {
    for (const name of PERMISSION_NAMES) {
      for (const implied of (PERMISSIONS[name] as PermissionDefinition).implies ?? []) {
        expect(isPermission(implied), `${name} implies unknown ${implied}`).toBe(true);
        expect(implied).not.toBe(name);
      }
    }
  });

  it('closes under implies transitively', () => {
    const closed = closePermissions(['delete_projects']);
    expect([...closed].sort()).toEqual(['archive_projects', 'delete_projects', 'view_projects']);
    expect(closePermissions(['edit_all_time_entries'])).toEqual(
      new Set(['edit_all_time_entries', 'view_all_time_entries', 'view_own_time_entries', 'edit_own_time_entries']),
    );
    expect(closePermissions(['not_a_permission'])).toEqual(new Set());
  });

  it('groups every permission into exactly one category', () => {
    const grouped = permissionsByCategory().flatMap((c) => c.permissions);
    expect(grouped.sort()).toEqual([...PERMISSION_NAMES].sort());
  });

  it('names every permission in words for people, without underscores', () => {
    expect(permissionLabel('view_all_time_entries')).toBe('View all time entries');
    expect(permissionLabel('manage_api_tokens')).toBe('Manage API tokens');
    for (const name of PERMISSION_NAMES) expect(permissionLabel(name)).toMatch(/^[A-Z][A-Za-z ]+$/);
  });
});

describe('system roles', () => {
  const closed = (role: (typeof SYSTEM_ROLE_NAMES)[number]) => closePermissions(SYSTEM_ROLES[role].permissions);

  it('only super_admin holds the Administration category', () => {
    for (const role of SYSTEM_ROLE_NAMES) {
      const hasAdministration = [...closed(role)].some((p) => PERMISSIONS[p].category === 'administration');
      expect(hasAdministration, role).toBe(role === 'super_admin');
    }
    expect(closed('super_admin').size).toBe(PERMISSION_NAMES.length);
  });

  it('admin holds everything except Administration', () => {
    const expected = PERMISSION_NAMES.filter((p) => PERMISSIONS[p].category !== 'administration');
    expect([...closed('admin')].sort()).toEqual(expected.sort());
  });

  it('manager sees all time and reports, manages projects, invoices and approves, but cannot delete users or change settings', () => {
    const m = closed('manager');
    for (const p of [
      'view_all_time_entries',
      'view_all_reports',
      'create_projects',
      'edit_projects',
      'create_tasks',
      'create_clients',
      'create_invoices',
      'send_invoices',
      'approve_time_entries',
    ] as const) {
      expect(m.has(p), p).toBe(true);
    }
    for (const p of ['delete_users', 'manage_settings', 'manage_user_roles', 'manage_roles'] as const) expect(m.has(p), p).toBe(false);
  });

  it('viewer cannot create or modify anything', () => {
    for (const p of closed('viewer')) expect(p.startsWith('view_'), p).toBe(true);
  });

  it('every role is a subset of admin except super_admin, and roles are strictly ordered where the role descriptions imply it', () => {
    const admin = closed('admin');
    for (const role of ['manager', 'user', 'viewer'] as const)
      for (const p of closed(role)) expect(admin.has(p), `${role}:${p}`).toBe(true);
  });
});
