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
