import { describe, expect, it } from 'vitest';
import { closePermissions } from './permissions.js';
import { SYSTEM_ROLES } from './roles.js';
import { refusedScopes, SCOPE_PRESETS, SCOPE_RESOURCE_NAMES, scopeSatisfies, type RequiredScope } from './scopes.js';

describe('scopeSatisfies', () => {
  it('write:X implies read:X but not the other way round', () => {
    expect(scopeSatisfies(['write:projects'], 'read:projects')).toBe(true);
    expect(scopeSatisfies(['read:projects'], 'write:projects')).toBe(false);
    expect(scopeSatisfies(['write:projects'], 'read:tasks')).toBe(false);
  });

  it('read:* covers every read, write:* every read and write, * and admin:all everything', () => {
    for (const r of SCOPE_RESOURCE_NAMES) {
      expect(scopeSatisfies(['read:*'], `read:${r}` as RequiredScope)).toBe(true);
      expect(scopeSatisfies(['read:*'], `write:${r}` as RequiredScope)).toBe(false);
      expect(scopeSatisfies(['write:*'], `read:${r}` as RequiredScope)).toBe(true);
      expect(scopeSatisfies(['write:*'], `write:${r}` as RequiredScope)).toBe(true);
    }
    expect(scopeSatisfies(['read:*', 'write:*'], 'admin:all')).toBe(false);
    expect(scopeSatisfies(['*'], 'admin:all')).toBe(true);
    expect(scopeSatisfies(['admin:all'], 'write:invoices')).toBe(true);
    expect(scopeSatisfies([], 'read:projects')).toBe(false);
  });
});

describe('refusedScopes (grant rules)', () => {
  const perms = (role: keyof typeof SYSTEM_ROLES) => closePermissions(SYSTEM_ROLES[role].permissions);

  it('refuses wildcards and admin:all to non-admins, grants them to admins', () => {
    for (const s of ['*', 'admin:all', 'read:*', 'write:*']) {
      expect(refusedScopes([s], { isAdmin: false, permissions: perms('manager') })).toEqual([{ scope: s, reason: 'admin_only' }]);
      expect(refusedScopes([s], { isAdmin: true, permissions: perms('admin') })).toEqual([]);
    }
  });

  it('a viewer cannot get write:projects; a manager can', () => {
    expect(refusedScopes(['read:projects', 'write:projects'], { isAdmin: false, permissions: perms('viewer') })).toEqual([{ scope: 'write:projects', reason: 'not_backed' }]);
    expect(refusedScopes(['write:projects'], { isAdmin: false, permissions: perms('manager') })).toEqual([]);
  });

  it('names unknown scopes', () => {
    expect(refusedScopes(['read:everything'], { isAdmin: true, permissions: perms('admin') })).toEqual([{ scope: 'read:everything', reason: 'unknown_scope' }]);
  });

  it("the seed's presets are exactly the five combinations, and a user can take the time-tracking one", () => {
    expect(SCOPE_PRESETS.map((p) => p.id)).toEqual(['read_only', 'time_tracking', 'project_management', 'full_user', 'admin']);
    const timeTracking = SCOPE_PRESETS.find((p) => p.id === 'time_tracking')!;
    expect(refusedScopes(timeTracking.scopes, { isAdmin: false, permissions: perms('user') })).toEqual([]);
  });
});
