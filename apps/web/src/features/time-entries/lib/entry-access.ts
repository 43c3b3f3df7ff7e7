import type { ProjectAction } from '@timekeeper/shared';
import type { Access } from '@/lib/access';

export interface RecordRules {
  editOwn: 'edit_own_time_entries' | 'edit_own_expenses';
  editAll: 'edit_all_time_entries' | 'edit_all_expenses';
  deleteOwn: 'delete_own_time_entries' | 'delete_own_expenses';
  deleteAll: 'delete_all_time_entries' | 'delete_all_expenses';
  logOwn: Extract<ProjectAction, 'log_own_time' | 'log_own_expenses'>;
  editOthers: Extract<ProjectAction, 'edit_others_time' | 'edit_others_expenses'>;
}

export const TIME_RULES: RecordRules = {
  editOwn: 'edit_own_time_entries',
  editAll: 'edit_all_time_entries',
  deleteOwn: 'delete_own_time_entries',
  deleteAll: 'delete_all_time_entries',
  logOwn: 'log_own_time',
  editOthers: 'edit_others_time',
};

export const EXPENSE_RULES: RecordRules = {
  editOwn: 'edit_own_expenses',
  editAll: 'edit_all_expenses',
  deleteOwn: 'delete_own_expenses',
  deleteAll: 'delete_all_expenses',
  logOwn: 'log_own_expenses',
  editOthers: 'edit_others_expenses',
};

/**
 * Whether to offer Edit / Delete on a time entry or an expense — the rules of the API's route
 * descriptions: your own needs the *_own permission and the right to log on the project; someone
 * else's needs the *_all permission or the project's edit-others action. UX only: the API decides.
 */
export function recordActions(
  rules: RecordRules,
  access: Access,
  project: { can: (action: ProjectAction) => boolean },
  own: boolean,
): { edit: boolean; remove: boolean } {
  if (own) {
    const onProject = project.can(rules.logOwn);
    return { edit: onProject && access.can(rules.editOwn), remove: onProject && access.can(rules.deleteOwn) };
  }
  const others = project.can(rules.editOthers);
  return { edit: others || access.can(rules.editAll), remove: others || access.can(rules.deleteAll) };
}
