/**
 * The ownership rule for records a user owns on a project — time entries and expenses: who may
 * edit or delete one (docs/development/authorization.md, "Records: own and others'"). The API
 * enforces it (apps/api/src/modules/time-entries/record-access.ts) and the SPA offers its Edit /
 * Delete buttons with it, so both answer the same.
 *
 * - your own record: the `*_own` permission for the verb, and the log action on its project
 *   (`log_own_time` / `log_own_expenses`);
 * - someone else's: the route's permission (`*_own` or `*_all` for the verb) and the project's
 *   others-action for the verb (`edit_others_*` / `delete_others_*`). An account's `*_all`
 *   permission reaches that action on every project the caller sees (`PROJECT_RULES`); a member
 *   reaches it at the `edit_financials` level.
 */
import type { PermissionRequirement } from './decide.js';
import type { Permission } from './permissions.js';
import type { ProjectAction } from './project-access.js';

export type RecordKind = 'time_entry' | 'expense';
export type RecordVerb = 'edit' | 'delete';

/** What changing a record needs: an account permission requirement and a project action. */
export interface RecordRule {
  readonly permission: PermissionRequirement;
  readonly action: ProjectAction;
}

interface KindVocabulary {
  readonly own: Record<RecordVerb, Permission>;
  readonly all: Record<RecordVerb, Permission>;
  readonly logOwn: ProjectAction;
  readonly others: Record<RecordVerb, ProjectAction>;
}

const VOCABULARY: Readonly<Record<RecordKind, KindVocabulary>> = {
  time_entry: {
    own: { edit: 'edit_own_time_entries', delete: 'delete_own_time_entries' },
    all: { edit: 'edit_all_time_entries', delete: 'delete_all_time_entries' },
    logOwn: 'log_own_time',
    others: { edit: 'edit_others_time', delete: 'delete_others_time' },
  },
  expense: {
    own: { edit: 'edit_own_expenses', delete: 'delete_own_expenses' },
    all: { edit: 'edit_all_expenses', delete: 'delete_all_expenses' },
    logOwn: 'log_own_expenses',
    others: { edit: 'edit_others_expenses', delete: 'delete_others_expenses' },
  },
};

/** The permission and the project action that changing (`verb`) a record of `kind` needs. */
export function recordRule(kind: RecordKind, verb: RecordVerb, own: boolean): RecordRule {
  const v = VOCABULARY[kind];
  if (own) return { permission: v.own[verb], action: v.logOwn };
  return { permission: { anyOf: [v.own[verb], v.all[verb]] }, action: v.others[verb] };
}

/** The caller's side of the decision: their account permissions and their actions on the record's project. */
export interface RecordChecks {
  readonly hasPermission: (requirement: PermissionRequirement) => boolean;
  readonly projectAllows: (action: ProjectAction) => boolean;
}

export type RecordDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly missing: 'permission'; readonly rule: RecordRule }
  | { readonly allowed: false; readonly missing: 'project'; readonly rule: RecordRule };

/** The permission is checked first, then the project action; a refusal says which was missing. */
export function decideRecordChange(kind: RecordKind, verb: RecordVerb, own: boolean, checks: RecordChecks): RecordDecision {
  const rule = recordRule(kind, verb, own);
  if (!checks.hasPermission(rule.permission)) return { allowed: false, missing: 'permission', rule };
  if (!checks.projectAllows(rule.action)) return { allowed: false, missing: 'project', rule };
  return { allowed: true };
}

export function mayChangeRecord(kind: RecordKind, verb: RecordVerb, own: boolean, checks: RecordChecks): boolean {
  return decideRecordChange(kind, verb, own, checks).allowed;
}
