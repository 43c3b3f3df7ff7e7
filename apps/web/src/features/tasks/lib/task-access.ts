import type { Access } from '@/lib/access';
import type { Task } from '../api/types';

/**
 * What the tasks page offers on a task, following the API's rules (tasks.routes.ts): every change
 * needs the project's edit_tasks action; editing needs edit_all_tasks, or edit_own_tasks for tasks
 * one created or is assigned to; deleting needs delete_all_tasks, or delete_own_tasks for tasks
 * one created. UX only: the API decides.
 */
export function taskActions(
  task: Pick<Task, 'created_by' | 'assignee_id'>,
  access: Access,
  projectAllowsEdit: boolean,
  me: number | undefined,
) {
  const created = me !== undefined && task.created_by === me;
  const assigned = me !== undefined && task.assignee_id === me;
  return {
    edit: projectAllowsEdit && (access.can('edit_all_tasks') || (access.can('edit_own_tasks') && (created || assigned))),
    remove: projectAllowsEdit && (access.can('delete_all_tasks') || (access.can('delete_own_tasks') && created)),
  };
}
