import { hasPermission, type Permission, type ProjectAction } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { EXPENSE_RULES, recordActions, recordLock, TIME_RULES } from './entry-access';

const access = (...held: Permission[]) => ({
  ready: true,
  isAdmin: false,
  can: (requirement: Parameters<typeof hasPermission>[1]) => hasPermission(new Set(held), requirement),
});
const project = (...actions: ProjectAction[]) => ({ can: (action: ProjectAction) => actions.includes(action) });

describe('recordActions (the shared ownership rule the API enforces)', () => {
  it('offers your own record with the *_own permission and the log action on the project', () => {
    expect(recordActions(TIME_RULES, access('edit_own_time_entries'), project('log_own_time'), true)).toEqual({
      edit: true,
      remove: false,
    });
    expect(recordActions(TIME_RULES, access('edit_own_time_entries', 'delete_own_time_entries'), project(), true)).toEqual({
      edit: false,
      remove: false,
    });
    expect(recordActions(EXPENSE_RULES, access('edit_own_expenses', 'delete_own_expenses'), project('log_own_expenses'), true)).toEqual({
      edit: true,
      remove: true,
    });
  });

  it("offers Delete on someone else's record only with the delete-others action, as the API does", () => {
    const editor = access('edit_all_time_entries', 'delete_own_time_entries');
    expect(recordActions(TIME_RULES, editor, project('edit_others_time'), false)).toEqual({ edit: true, remove: false });
    expect(recordActions(TIME_RULES, editor, project('edit_others_time', 'delete_others_time'), false)).toEqual({
      edit: true,
      remove: true,
    });
    expect(
      recordActions(EXPENSE_RULES, access('edit_own_expenses'), project('edit_others_expenses', 'delete_others_expenses'), false),
    ).toEqual({
      edit: true,
      remove: false,
    });
  });
});

describe('recordLock (what the API refuses with 409)', () => {
  it('D4 locks invoiced records for everyone, pending and approved entries for all but Edit Financials', () => {
    const member = project('log_own_time');
    const financials = project('log_own_time', 'edit_financials');
    expect(recordLock({ approval_status: null, invoice_id: null }, member)).toBeNull();
    expect(recordLock({ approval_status: 'rejected', invoice_id: null }, member)).toBeNull();
    expect(recordLock({ approval_status: 'pending', invoice_id: null }, member)).toEqual({ kind: 'pending' });
    expect(recordLock({ approval_status: 'approved', invoice_id: null }, member)).toEqual({ kind: 'approved' });
    expect(recordLock({ approval_status: 'approved', invoice_id: null }, financials)).toBeNull();
    expect(recordLock({ approval_status: 'approved', invoice_id: 4 }, financials)).toEqual({ kind: 'invoiced', invoiceId: 4 });
    // An expense carries no approval: only an invoice would lock it.
    expect(recordLock({}, member)).toBeNull();
  });
});
