/**
 * Route access declarations: the start-up check that fails closed, and the words the docs and
 * OpenAPI show. Written against the surviving mutants of `pnpm test:mutation`
 * (docs/development/testing.md, "Mutation testing").
 */
import { describe, expect, it } from 'vitest';
import { describeAccess, invalidAccessReason, isPublicAccess, requiredPermissions, routeProject, type RouteAccess } from './access.js';

describe('isPublicAccess', () => {
  it('is true only for a declaration with public: true', () => {
    expect(isPublicAccess({ public: true, reason: 'health check for load balancers' })).toBe(true);
    expect(isPublicAccess({ authenticated: true, scope: null })).toBe(false);
    expect(isPublicAccess({ permission: 'view_users', scope: 'read:users' })).toBe(false);
    // A hand-built object that says public: false is not public.
    expect(isPublicAccess({ public: false, reason: 'x' } as unknown as RouteAccess)).toBe(false);
  });
});

describe('requiredPermissions', () => {
  it('names no permission for public and authenticated routes', () => {
    expect(requiredPermissions({ public: true, reason: 'sign-in page' })).toEqual([]);
    expect(requiredPermissions({ authenticated: true, scope: 'read:users' })).toEqual([]);
  });

  it('names the single permission, or every permission of an anyOf / allOf requirement', () => {
    expect(requiredPermissions({ permission: 'view_users', scope: null })).toEqual(['view_users']);
    expect(requiredPermissions({ permission: { anyOf: ['view_all_invoices', 'view_own_invoices'] }, scope: 'read:invoices' })).toEqual([
      'view_all_invoices',
      'view_own_invoices',
    ]);
    expect(requiredPermissions({ permission: { allOf: ['create_invoices', 'view_all_invoices'] }, scope: 'write:invoices' })).toEqual([
      'create_invoices',
      'view_all_invoices',
    ]);
  });

  it('returns a copy: changing it leaves the declaration alone', () => {
    const anyOf = ['view_users', 'edit_users'] as const;
    const access: RouteAccess = { permission: { anyOf }, scope: null };
    requiredPermissions(access).push('delete_users');
    expect(anyOf).toEqual(['view_users', 'edit_users']);
  });
});

describe('invalidAccessReason (fail closed at start-up)', () => {
  it('refuses a missing declaration and one that is not an object', () => {
    expect(invalidAccessReason(undefined)).toBe('has no access declaration (config.access)');
    expect(invalidAccessReason(null)).toBe('has no access declaration (config.access)');
    expect(invalidAccessReason('public')).toBe('has an access declaration that is not an object');
    expect(invalidAccessReason(true)).toBe('has an access declaration that is not an object');
  });

  it('accepts a public route only with a non-empty reason', () => {
    expect(invalidAccessReason({ public: true, reason: 'health check' })).toBeNull();
    expect(invalidAccessReason({ public: true })).toBe('is public but gives no reason');
    expect(invalidAccessReason({ public: true, reason: '' })).toBe('is public but gives no reason');
    expect(invalidAccessReason({ public: true, reason: 42 })).toBe('is public but gives no reason');
  });

  it('treats public other than true as not public: the scope and permission rules apply', () => {
    expect(invalidAccessReason({ public: 'yes', reason: 'x' })).toBe(
      'must declare the token scope it requires (or scope: null for session-only routes)',
    );
    expect(invalidAccessReason({ public: false, reason: 'x', scope: null })).toBe('must declare public, authenticated or a permission');
  });

  it('demands a scope declaration, null for session-only routes', () => {
    expect(invalidAccessReason({ authenticated: true })).toBe(
      'must declare the token scope it requires (or scope: null for session-only routes)',
    );
    expect(invalidAccessReason({ permission: 'view_users' })).toBe(
      'must declare the token scope it requires (or scope: null for session-only routes)',
    );
    expect(invalidAccessReason({ authenticated: true, scope: null })).toBeNull();
    expect(invalidAccessReason({ authenticated: true, scope: undefined })).toBe('declares an unknown or wildcard scope undefined');
  });

  it('accepts resource scopes and admin:all, refuses wildcards, unknown scopes and non-strings', () => {
    expect(invalidAccessReason({ authenticated: true, scope: 'read:projects' })).toBeNull();
    expect(invalidAccessReason({ authenticated: true, scope: 'write:invoices' })).toBeNull();
    expect(invalidAccessReason({ permission: 'view_users', scope: 'admin:all' })).toBeNull();
    for (const wildcard of ['read:*', 'write:*', '*']) {
      expect(invalidAccessReason({ authenticated: true, scope: wildcard })).toBe(`declares an unknown or wildcard scope "${wildcard}"`);
    }
    expect(invalidAccessReason({ authenticated: true, scope: 'read:everything' })).toBe(
      'declares an unknown or wildcard scope "read:everything"',
    );
    expect(invalidAccessReason({ authenticated: true, scope: 'admin:users' })).toBe('declares an unknown or wildcard scope "admin:users"');
    expect(invalidAccessReason({ authenticated: true, scope: 7 })).toBe('declares an unknown or wildcard scope 7');
    // An array that reads as a scope name when turned into a string is still not a scope.
    expect(invalidAccessReason({ authenticated: true, scope: ['read:projects'] })).toBe(
      'declares an unknown or wildcard scope ["read:projects"]',
    );
  });

  it('refuses authenticated together with a permission', () => {
    expect(invalidAccessReason({ authenticated: true, permission: 'view_users', scope: null })).toBe(
      'declares both authenticated and permission',
    );
    expect(invalidAccessReason({ authenticated: true, permission: undefined, scope: null })).toBeNull();
  });

  it('treats authenticated other than true as absent', () => {
    expect(invalidAccessReason({ authenticated: 'yes', scope: null })).toBe('must declare public, authenticated or a permission');
    expect(invalidAccessReason({ authenticated: false, permission: 'view_users', scope: null })).toBeNull();
  });

  it('demands public, authenticated or a permission', () => {
    expect(invalidAccessReason({ scope: null })).toBe('must declare public, authenticated or a permission');
    expect(invalidAccessReason({ scope: 'read:users' })).toBe('must declare public, authenticated or a permission');
  });

  it('accepts catalog permissions alone, as anyOf and as allOf', () => {
    expect(invalidAccessReason({ permission: 'view_users', scope: 'read:users' })).toBeNull();
    expect(invalidAccessReason({ permission: { anyOf: ['view_users', 'edit_users'] }, scope: null })).toBeNull();
    expect(invalidAccessReason({ permission: { allOf: ['create_invoices', 'view_all_invoices'] }, scope: 'write:invoices' })).toBeNull();
  });

  it('refuses an empty or malformed permission requirement', () => {
    const empty = 'declares an empty permission requirement';
    expect(invalidAccessReason({ permission: { anyOf: [] }, scope: null })).toBe(empty);
    expect(invalidAccessReason({ permission: { allOf: [] }, scope: null })).toBe(empty);
    expect(invalidAccessReason({ permission: {}, scope: null })).toBe(empty);
    expect(invalidAccessReason({ permission: null, scope: null })).toBe(empty);
    expect(invalidAccessReason({ permission: undefined, scope: null })).toBe(empty);
    expect(invalidAccessReason({ permission: 5, scope: null })).toBe(empty);
  });

  it('names the first permission that is not in the catalog', () => {
    expect(invalidAccessReason({ permission: 'view_everything', scope: null })).toBe(
      'names a permission that is not in the catalog: view_everything',
    );
    expect(invalidAccessReason({ permission: '', scope: null })).toBe('names a permission that is not in the catalog: ');
    expect(invalidAccessReason({ permission: { anyOf: ['view_users', 'see_users', 'peek'] }, scope: null })).toBe(
      'names a permission that is not in the catalog: see_users',
    );
    expect(invalidAccessReason({ permission: { allOf: ['create_invoices', 3] }, scope: null })).toBe(
      'names a permission that is not in the catalog: 3',
    );
    expect(invalidAccessReason({ permission: { allOf: ['view_users', null] }, scope: null })).toBe(
      'names a permission that is not in the catalog: null',
    );
    // A nested array that reads as a permission name when turned into a string is not a permission.
    expect(invalidAccessReason({ permission: { anyOf: [['view_users']] }, scope: null })).toBe(
      'names a permission that is not in the catalog: view_users',
    );
  });

  it('an anyOf requirement is read as anyOf even when it also carries allOf', () => {
    expect(invalidAccessReason({ permission: { anyOf: ['view_users'], allOf: ['nope'] }, scope: null })).toBeNull();
    expect(invalidAccessReason({ permission: { anyOf: ['nope'], allOf: ['view_users'] }, scope: null })).toBe(
      'names a permission that is not in the catalog: nope',
    );
  });
});

describe('describeAccess (docs and OpenAPI)', () => {
  it('describes public routes in one word', () => {
    expect(describeAccess({ public: true, reason: 'health check' })).toBe('Public');
  });

  it('describes a signed-in route with its scope, or as session-only', () => {
    expect(describeAccess({ authenticated: true, scope: 'read:users' })).toBe('any signed-in user; token scope `read:users`');
    expect(describeAccess({ authenticated: true, scope: null })).toBe(
      'any signed-in user; browser session only (not available to API tokens)',
    );
    // Valid by invalidAccessReason: authenticated with an undefined permission.
    expect(describeAccess({ authenticated: true, permission: undefined, scope: null } as unknown as RouteAccess)).toBe(
      'any signed-in user; browser session only (not available to API tokens)',
    );
  });

  it('describes single, anyOf and allOf permissions', () => {
    expect(describeAccess({ permission: 'view_users', scope: 'read:users' })).toBe('permission `view_users`; token scope `read:users`');
    expect(describeAccess({ permission: { anyOf: ['view_all_invoices', 'view_own_invoices'] }, scope: 'read:invoices' })).toBe(
      'any of the permissions `view_all_invoices`, `view_own_invoices`; token scope `read:invoices`',
    );
    expect(describeAccess({ permission: { allOf: ['create_invoices', 'view_all_invoices'] }, scope: null })).toBe(
      'all of the permissions `create_invoices`, `view_all_invoices`; browser session only (not available to API tokens)',
    );
  });
});

describe('project checks in a declaration (config.access.project)', () => {
  const base = { permission: 'view_users', scope: 'read:users' } as const;

  it('accepts see, action, or both, with an optional note, on authenticated and permission routes', () => {
    expect(invalidAccessReason({ ...base, project: { see: 'view_project' } })).toBeNull();
    expect(invalidAccessReason({ ...base, project: { action: 'log_own_time' } })).toBeNull();
    expect(invalidAccessReason({ ...base, project: { see: 'view_tasks', action: 'edit_tasks', note: 'plus edit_own_tasks' } })).toBeNull();
    expect(invalidAccessReason({ authenticated: true, scope: null, project: { action: 'manage_members' } })).toBeNull();
    // Absent and undefined are the same: no project checks.
    expect(invalidAccessReason({ ...base, project: undefined })).toBeNull();
  });

  it('refuses project checks on a public route: they need a signed-in caller', () => {
    expect(invalidAccessReason({ public: true, reason: 'sign-in page', project: { see: 'view_project' } })).toBe(
      'is public but declares project checks (they need a signed-in caller)',
    );
    expect(invalidAccessReason({ public: true, reason: 'sign-in page', project: undefined })).toBeNull();
  });

  it('refuses an unknown project action, naming it', () => {
    expect(invalidAccessReason({ ...base, project: { action: 'approve_everything' } })).toBe(
      'names a project action that is not a project action: approve_everything',
    );
    expect(invalidAccessReason({ ...base, project: { see: 'view_project', action: 'edit_time' } })).toBe(
      'names a project action that is not a project action: edit_time',
    );
    expect(invalidAccessReason({ ...base, project: { see: 'see_everything' } })).toBe(
      'names a project see that is not a project action: see_everything',
    );
    expect(invalidAccessReason({ ...base, project: { action: 7 } })).toBe('names a project action that is not a project action: 7');
    expect(invalidAccessReason({ ...base, project: { action: null } })).toBe('names a project action that is not a project action: null');
  });

  it('refuses a malformed project declaration', () => {
    expect(invalidAccessReason({ ...base, project: 'view_project' })).toBe('has a project declaration that is not an object');
    expect(invalidAccessReason({ ...base, project: null })).toBe('has a project declaration that is not an object');
    expect(invalidAccessReason({ ...base, project: {} })).toBe('has a project declaration without see or action');
    expect(invalidAccessReason({ ...base, project: { note: 'only words' } })).toBe('has a project declaration without see or action');
    expect(invalidAccessReason({ ...base, project: { do: 'edit_tasks' } })).toBe('has a project declaration with an unknown key do');
    expect(invalidAccessReason({ ...base, project: { action: 'edit_tasks', note: '' } })).toBe(
      'has a project note that is not a non-empty text',
    );
    expect(invalidAccessReason({ ...base, project: { action: 'edit_tasks', note: 3 } })).toBe(
      'has a project note that is not a non-empty text',
    );
  });

  it('checks the project declaration before the rest', () => {
    expect(invalidAccessReason({ permission: 'view_everything', scope: null, project: { action: 'fly' } })).toBe(
      'names a project action that is not a project action: fly',
    );
    expect(invalidAccessReason({ permission: 'view_everything', scope: null, project: { action: 'edit_tasks' } })).toBe(
      'names a permission that is not in the catalog: view_everything',
    );
  });

  it('routeProject reads the declaration back, null without one', () => {
    expect(routeProject({ ...base, project: { see: 'view_project', note: 'x' } })).toEqual({ see: 'view_project', note: 'x' });
    expect(routeProject(base)).toBeNull();
    expect(routeProject({ public: true, reason: 'health check' })).toBeNull();
  });
});
