/**
 * Token scope grant rules, pinned down where the example tests leave room. Written against the
 * surviving mutants of `pnpm test:mutation` (docs/development/testing.md, "Mutation testing").
 */
import { describe, expect, it } from 'vitest';
import { closePermissions, type Permission } from './permissions.js';
import { refusedScopes, scopeWithin } from './scopes.js';

const owner = (...p: Permission[]) => ({ isAdmin: false, permissions: closePermissions(p) });

describe('refusedScopes: backed scopes', () => {
  it('scopes backed by no permission (your own profile) may be granted to any user, even one holding nothing', () => {
    expect(refusedScopes(['read:users', 'write:users'], owner())).toEqual([]);
  });

  it('one backing permission is enough: write:projects with create_projects alone', () => {
    expect(refusedScopes(['write:projects'], owner('create_projects'))).toEqual([]);
    expect(refusedScopes(['write:invoices'], owner('manage_payments'))).toEqual([]);
  });

  it('without any backing permission the scope is refused, and only that scope', () => {
    expect(refusedScopes(['read:users', 'write:invoices', 'read:projects'], owner('view_projects'))).toEqual([
      { scope: 'write:invoices', reason: 'not_backed' },
    ]);
  });
});

describe('scopeWithin: wildcards are handed on only from wildcards', () => {
  it('read:* needs read:* or write:*, never a resource scope, however many', () => {
    expect(scopeWithin(['read:projects', 'write:projects', 'read:invoices'], 'read:*')).toBe(false);
    expect(scopeWithin([], 'read:*')).toBe(false);
    expect(scopeWithin(['read:*'], 'read:*')).toBe(true);
    expect(scopeWithin(['write:*'], 'read:*')).toBe(true);
  });

  it('write:* needs write:* itself', () => {
    expect(scopeWithin(['read:*', 'write:projects'], 'write:*')).toBe(false);
    expect(scopeWithin(['write:*'], 'write:*')).toBe(true);
  });
});
