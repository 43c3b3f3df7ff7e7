import { describe, expect, it } from 'vitest';
import { closePermissions } from './permissions.js';
import { SYSTEM_ROLES } from './roles.js';
import {
  refusedScopes,
  SCOPE_NAMES,
  SCOPE_PRESETS,
  SCOPE_RESOURCE_NAMES,
  scopeSatisfies,
  scopeWithin,
  type RequiredScope,
} from './scopes.js';

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
    expect(refusedScopes(['read:projects', 'write:projects'], { isAdmin: false, permissions: perms('viewer') })).toEqual([
      { scope: 'write:projects', reason: 'not_backed' },
    ]);
    expect(refusedScopes(['write:projects'], { isAdmin: false, permissions: perms('manager') })).toEqual([]);
  });

  it('names unknown scopes', () => {
    expect(refusedScopes(['read:everything'], { isAdmin: true, permissions: perms('admin') })).toEqual([
      { scope: 'read:everything', reason: 'unknown_scope' },
    ]);
  });

  it('the presets are exactly the five combinations, and a user can take the time-tracking one', () => {
    expect(SCOPE_PRESETS.map((p) => p.id)).toEqual(['read_only', 'time_tracking', 'project_management', 'full_user', 'admin']);
    const timeTracking = SCOPE_PRESETS.find((p) => p.id === 'time_tracking')!;
    expect(refusedScopes(timeTracking.scopes, { isAdmin: false, permissions: perms('user') })).toEqual([]);
  });
});

describe('scopeWithin (what a token may hand on)', () => {
  it('L8 a token hands on only what it holds: write:X covers read:X, wildcards only from wildcards', () => {
    expect(scopeWithin(['write:projects'], 'read:projects')).toBe(true);
    expect(scopeWithin(['write:projects'], 'write:projects')).toBe(true);
    expect(scopeWithin(['read:projects'], 'write:projects')).toBe(false);
    expect(scopeWithin(['write:projects', 'write:api_tokens'], 'write:clients')).toBe(false);
    expect(scopeWithin(['read:*'], 'read:invoices')).toBe(true);
    expect(scopeWithin(['read:*'], 'read:*')).toBe(true);
    expect(scopeWithin(['read:*'], 'write:*')).toBe(false);
    expect(scopeWithin(['write:*'], 'read:*')).toBe(true);
    expect(scopeWithin(['write:*'], 'admin:all')).toBe(false);
    expect(scopeWithin(['write:*'], '*')).toBe(false);
    for (const s of SCOPE_NAMES) {
      expect(scopeWithin(['admin:all'], s)).toBe(true);
      expect(scopeWithin(['*'], s)).toBe(true);
      expect(scopeWithin([s], s)).toBe(true);
    }
    expect(scopeWithin(['admin:all'], 'read:everything')).toBe(false);
    expect(scopeWithin([], 'read:users')).toBe(false);
  });

  it('L8 the api_tokens scopes exist and a plain user may be granted them', () => {
    const user = closePermissions(SYSTEM_ROLES.user.permissions);
    expect(refusedScopes(['read:api_tokens', 'write:api_tokens'], { isAdmin: false, permissions: user })).toEqual([]);
    const viewer = closePermissions(SYSTEM_ROLES.viewer.permissions);
    expect(refusedScopes(['write:api_tokens'], { isAdmin: false, permissions: viewer })).toEqual(
      viewer.has('manage_own_api_tokens') ? [] : [{ scope: 'write:api_tokens', reason: 'not_backed' }],
    );
  });
});
