/**
 * The ownership rule for time entries and expenses (docs/development/authorization.md, "Records:
 * own and others'"), as a table: the API (record-access.ts) and the SPA's Edit / Delete buttons
 * both decide with it.
 */
import { describe, expect, it } from 'vitest';
import { hasPermission, type PermissionRequirement } from './decide.js';
import type { Permission } from './permissions.js';
import type { ProjectAction } from './project-access.js';
import { decideRecordChange, mayChangeRecord, recordRule, type RecordKind, type RecordVerb } from './records.js';

const checks = (permissions: readonly Permission[], actions: readonly ProjectAction[]) => ({
  hasPermission: (req: PermissionRequirement) => hasPermission(new Set(permissions), req),
  projectAllows: (action: ProjectAction) => actions.includes(action),
});

describe('recordRule', () => {
  it.each<[RecordKind, RecordVerb, boolean, PermissionRequirement, ProjectAction]>([
    ['time_entry', 'edit', true, 'edit_own_time_entries', 'log_own_time'],
    ['time_entry', 'delete', true, 'delete_own_time_entries', 'log_own_time'],
    ['time_entry', 'edit', false, { anyOf: ['edit_own_time_entries', 'edit_all_time_entries'] }, 'edit_others_time'],
    ['time_entry', 'delete', false, { anyOf: ['delete_own_time_entries', 'delete_all_time_entries'] }, 'delete_others_time'],
    ['expense', 'edit', true, 'edit_own_expenses', 'log_own_expenses'],
    ['expense', 'delete', true, 'delete_own_expenses', 'log_own_expenses'],
    ['expense', 'edit', false, { anyOf: ['edit_own_expenses', 'edit_all_expenses'] }, 'edit_others_expenses'],
    ['expense', 'delete', false, { anyOf: ['delete_own_expenses', 'delete_all_expenses'] }, 'delete_others_expenses'],
  ])('%s %s (own: %s) needs %j and %s', (kind, verb, own, permission, action) => {
    expect(recordRule(kind, verb, own)).toEqual({ permission, action });
  });
});

describe('mayChangeRecord', () => {
  it.each<[string, RecordKind, RecordVerb, boolean, Permission[], ProjectAction[], boolean]>([
    // your own record: the *_own permission and the log action on the project
    ['own entry, edit_own + log_own_time', 'time_entry', 'edit', true, ['edit_own_time_entries'], ['log_own_time'], true],
    ['own entry, edit_own without log_own_time', 'time_entry', 'edit', true, ['edit_own_time_entries'], ['edit_others_time'], false],
    ['own entry, only edit_all', 'time_entry', 'edit', true, ['edit_all_time_entries'], ['log_own_time', 'edit_others_time'], false],
    ['own entry, delete with delete_own', 'time_entry', 'delete', true, ['delete_own_time_entries'], ['log_own_time'], true],
    ['own entry, delete with only edit_own', 'time_entry', 'delete', true, ['edit_own_time_entries'], ['log_own_time'], false],
    ['own expense, edit_own + log_own_expenses', 'expense', 'edit', true, ['edit_own_expenses'], ['log_own_expenses'], true],
    ['own expense, log_own_time is not enough', 'expense', 'edit', true, ['edit_own_expenses'], ['log_own_time'], false],
    ['own expense, delete', 'expense', 'delete', true, ['delete_own_expenses'], ['log_own_expenses'], true],
    // someone else's: the route's permission (own or all) and the others-action for the verb
    ['others entry, edit_others_time + edit_own', 'time_entry', 'edit', false, ['edit_own_time_entries'], ['edit_others_time'], true],
    ['others entry, edit_all + edit_others_time', 'time_entry', 'edit', false, ['edit_all_time_entries'], ['edit_others_time'], true],
    ['others entry, edit_others_time without a route permission', 'time_entry', 'edit', false, [], ['edit_others_time'], false],
    ['others entry, log_own_time is not enough', 'time_entry', 'edit', false, ['edit_own_time_entries'], ['log_own_time'], false],
    // the SPA used edit_others for deleting others' records; the API needs delete_others
    [
      'others entry, delete with only edit_others_time',
      'time_entry',
      'delete',
      false,
      ['delete_own_time_entries'],
      ['edit_others_time'],
      false,
    ],
    [
      'others entry, delete with delete_others_time',
      'time_entry',
      'delete',
      false,
      ['delete_own_time_entries'],
      ['delete_others_time'],
      true,
    ],
    [
      'others entry, delete_all + delete_others_time',
      'time_entry',
      'delete',
      false,
      ['delete_all_time_entries'],
      ['delete_others_time'],
      true,
    ],
    ['others entry, delete with edit_all only', 'time_entry', 'delete', false, ['edit_all_time_entries'], ['delete_others_time'], false],
    ['others expense, edit', 'expense', 'edit', false, ['edit_all_expenses'], ['edit_others_expenses'], true],
    ['others expense, edit_others_time is not enough', 'expense', 'edit', false, ['edit_all_expenses'], ['edit_others_time'], false],
    ['others expense, delete', 'expense', 'delete', false, ['delete_own_expenses'], ['delete_others_expenses'], true],
    [
      'others expense, delete with edit_others_expenses',
      'expense',
      'delete',
      false,
      ['delete_own_expenses'],
      ['edit_others_expenses'],
      false,
    ],
  ])('%s', (_name, kind, verb, own, permissions, actions, allowed) => {
    expect(mayChangeRecord(kind, verb, own, checks(permissions, actions))).toBe(allowed);
  });
});

describe('decideRecordChange', () => {
  it('checks the permission first and says which part was missing', () => {
    const ownRule = recordRule('time_entry', 'edit', true);
    expect(decideRecordChange('time_entry', 'edit', true, checks([], []))).toEqual({
      allowed: false,
      missing: 'permission',
      rule: ownRule,
    });
    expect(decideRecordChange('time_entry', 'edit', true, checks(['edit_own_time_entries'], []))).toEqual({
      allowed: false,
      missing: 'project',
      rule: ownRule,
    });
    expect(decideRecordChange('time_entry', 'edit', true, checks(['edit_own_time_entries'], ['log_own_time']))).toEqual({ allowed: true });
    expect(decideRecordChange('expense', 'delete', false, checks(['delete_all_expenses'], []))).toEqual({
      allowed: false,
      missing: 'project',
      rule: { permission: { anyOf: ['delete_own_expenses', 'delete_all_expenses'] }, action: 'delete_others_expenses' },
    });
  });

  it('asks the project only about the action of the rule', () => {
    const asked: ProjectAction[] = [];
    decideRecordChange('expense', 'edit', false, {
      hasPermission: () => true,
      projectAllows: (a) => {
        asked.push(a);
        return true;
      },
    });
    expect(asked).toEqual(['edit_others_expenses']);
  });
});
