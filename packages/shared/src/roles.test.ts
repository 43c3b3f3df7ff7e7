/**
 * Ranks: holding a role's permissions is not being its holder. Only admins grant `admin`, only
 * super admins grant `super_admin` (docs/api/roles-and-permissions.md, "Guards against escalation").
 */
import { describe, expect, it } from 'vitest';
import { accountRank, mayGrantRole, roleRank, SYSTEM_ROLE_NAMES } from './roles.js';

const system = (roleName: string) => ({ roleName, isSystemRole: true });
const custom = (roleName: string) => ({ roleName, isSystemRole: false });
const account = (isAdmin: boolean, ...activeAssignments: { roleName: string; isSystemRole: boolean }[]) => ({ isAdmin, activeAssignments });

describe('roleRank', () => {
  it('ranks the system super_admin above admin above every other role', () => {
    expect(roleRank(system('super_admin'))).toBe(2);
    expect(roleRank(system('admin'))).toBe(1);
    for (const name of SYSTEM_ROLE_NAMES.filter((n) => n !== 'super_admin' && n !== 'admin')) expect(roleRank(system(name)), name).toBe(0);
  });

  it('gives no rank to a custom role, whatever its name', () => {
    expect(roleRank(custom('admin'))).toBe(0);
    expect(roleRank(custom('super_admin'))).toBe(0);
    expect(roleRank(custom('billing_clerk'))).toBe(0);
  });
});

describe('accountRank', () => {
  it('is the highest rank among the active roles', () => {
    expect(accountRank(account(true, system('admin'), system('super_admin')))).toBe(2);
    expect(accountRank(account(true, system('admin'), system('user')))).toBe(1);
    expect(accountRank(account(false, system('manager'), custom('admin')))).toBe(0);
    expect(accountRank(account(false))).toBe(0);
  });

  it('ranks a legacy admin (isAdmin without roles) as an admin', () => {
    expect(accountRank(account(true))).toBe(1);
  });
});

describe('mayGrantRole', () => {
  const superAdmin = account(true, system('super_admin'));
  const admin = account(true, system('admin'));
  const lookalike = account(false, custom('admin_lookalike'));

  it('lets a super admin grant every role', () => {
    for (const role of [system('super_admin'), system('admin'), system('user'), custom('x')])
      expect(mayGrantRole(superAdmin, role), role.roleName).toBe(true);
  });

  it('lets an admin grant admin and below, never super_admin', () => {
    expect(mayGrantRole(admin, system('super_admin'))).toBe(false);
    expect(mayGrantRole(admin, system('admin'))).toBe(true);
    expect(mayGrantRole(admin, system('manager'))).toBe(true);
    expect(mayGrantRole(account(true), system('admin'))).toBe(true);
  });

  it('lets anyone else grant only roles without rank', () => {
    expect(mayGrantRole(lookalike, system('admin'))).toBe(false);
    expect(mayGrantRole(lookalike, system('super_admin'))).toBe(false);
    expect(mayGrantRole(lookalike, system('viewer'))).toBe(true);
    expect(mayGrantRole(lookalike, custom('admin'))).toBe(true);
  });
});
