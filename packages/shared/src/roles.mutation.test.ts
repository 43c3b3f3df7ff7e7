/**
 * System role names and the custom role name rule. Written against the surviving mutants of
 * `pnpm test:mutation` (docs/development/testing.md, "Mutation testing").
 */
import { describe, expect, it } from 'vitest';
import { isSystemRoleName, ROLE_NAME_PATTERN, SYSTEM_ROLE_NAMES } from './roles.js';

describe('isSystemRoleName', () => {
  it('knows the five system roles and nothing else', () => {
    for (const name of SYSTEM_ROLE_NAMES) expect(isSystemRoleName(name), name).toBe(true);
    for (const other of ['', 'Admin', 'superadmin', 'invoicer', 'admin ', 'users']) expect(isSystemRoleName(other), other).toBe(false);
  });
});

describe('ROLE_NAME_PATTERN', () => {
  const pattern = new RegExp(ROLE_NAME_PATTERN);

  it('accepts lowercase snake_case names of 2 to 50 characters starting with a letter', () => {
    for (const name of [...SYSTEM_ROLE_NAMES, 'ab', 'invoicer', 'team_lead_2', `a${'b'.repeat(49)}`])
      expect(pattern.test(name), name).toBe(true);
  });

  it('refuses capitals, spaces, punctuation, a leading digit or underscore, one letter, and 51 characters', () => {
    for (const name of ['', 'a', 'Admin', 'team lead', 'team-lead', '2nd_line', '_hidden', 'röle', `a${'b'.repeat(50)}`, 'ok\nbad']) {
      expect(pattern.test(name), JSON.stringify(name)).toBe(false);
    }
  });
});
