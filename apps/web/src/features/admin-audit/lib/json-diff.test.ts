import { describe, expect, it } from 'vitest';
import { diffJson } from './json-diff';

describe('audit JSON diff', () => {
  it('keys role lists by id, so one added role is one change', () => {
    const user = { id: 4, name: 'user', is_system_role: true, expires_at: null };
    const clerk = { id: 6, name: 'clerk', is_system_role: false, expires_at: '2030-08-31T23:59:59.000Z' };
    expect(diffJson({ roles: [user] }, { roles: [clerk, user] })).toEqual([
      { path: 'roles[id=6].name', kind: 'added', after: 'clerk' },
      { path: 'roles[id=6].is_system_role', kind: 'added', after: false },
      { path: 'roles[id=6].expires_at', kind: 'added', after: '2030-08-31T23:59:59.000Z' },
    ]);
  });

  it('treats lists of names as sets and reports changed leaves', () => {
    const before = { name: 'clerk', description: 'a', permissions: ['create_invoices', 'send_invoices'] };
    const after = { name: 'clerk', description: 'b', permissions: ['send_invoices', 'view_users'] };
    expect(diffJson(before, after)).toEqual([
      { path: 'description', kind: 'changed', before: 'a', after: 'b' },
      { path: 'permissions[create_invoices]', kind: 'removed', before: 'create_invoices' },
      { path: 'permissions[view_users]', kind: 'added', after: 'view_users' },
    ]);
  });

  it('shows a creation as all added and a deletion as all removed', () => {
    expect(diffJson(null, { a: 1, b: { c: [] } })).toEqual([
      { path: 'a', kind: 'added', after: 1 },
      { path: 'b.c', kind: 'added', after: [] },
    ]);
    expect(diffJson({ a: 1 }, null)).toEqual([{ path: 'a', kind: 'removed', before: 1 }]);
    expect(diffJson({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
