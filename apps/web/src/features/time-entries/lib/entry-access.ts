import { mayChangeRecord, type PermissionRequirement, type ProjectAction, type RecordKind } from '@timekeeper/shared';
import type { Access } from '@/lib/access';

/** Which records a row's Edit / Delete buttons are about (the kind of the shared ownership rule). */
export interface RecordRules {
  readonly kind: RecordKind;
}

export const TIME_RULES: RecordRules = { kind: 'time_entry' };

export const EXPENSE_RULES: RecordRules = { kind: 'expense' };

/**
 * Whether to offer Edit / Delete on a time entry or an expense — the shared ownership rule the API
 * enforces (`mayChangeRecord` in @timekeeper/shared, docs/development/authorization.md): your own
 * needs the *_own permission and the right to log on the project; someone else's needs the route's
 * permission and the project's edit-others action to edit, its delete-others action to delete.
 * UX only: the API decides.
 */
export function recordActions(
  rules: RecordRules,
  access: Access,
  project: { can: (action: ProjectAction) => boolean },
  own: boolean,
): { edit: boolean; remove: boolean } {
  const checks = { hasPermission: (r: PermissionRequirement) => access.can(r), projectAllows: (a: ProjectAction) => project.can(a) };
  return { edit: mayChangeRecord(rules.kind, 'edit', own, checks), remove: mayChangeRecord(rules.kind, 'delete', own, checks) };
}

/** Where a record stands in the money flow (a time entry's fields; an expense has no approval). */
export interface RecordState {
  readonly approval_status?: 'pending' | 'approved' | 'rejected' | null;
  readonly invoice_id?: number | null;
}

/** Why a record cannot be changed by the caller, or null when the API would let them try. */
export type RecordLock =
  { readonly kind: 'invoiced'; readonly invoiceId: number } | { readonly kind: 'approved' } | { readonly kind: 'pending' };

/**
 * The locks the API enforces (docs/guides/tracking-time.md#after-approval-and-invoicing): a billed
 * record is locked for everyone until it leaves its invoice; an entry awaiting approval or
 * approved is locked except for people with Edit Financials on its project (`edit_financials`).
 */
export function recordLock(record: RecordState, project: { can: (action: ProjectAction) => boolean }): RecordLock | null {
  if (record.invoice_id != null) return { kind: 'invoiced', invoiceId: record.invoice_id };
  if (record.approval_status === 'approved' || record.approval_status === 'pending') {
    return project.can('edit_financials') ? null : { kind: record.approval_status };
  }
  return null;
}
