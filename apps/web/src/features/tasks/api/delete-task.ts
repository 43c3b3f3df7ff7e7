import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { timeEntriesKeys } from '@/lib/records/record-keys';
import { tasksKeys } from './tasks-keys';
import type { Task } from './types';

/** DELETE /tasks/{id}: its time entries stay, without the task. */
export async function deleteTask(id: number): Promise<void> {
  await ok(api.DELETE('/tasks/{id}', { params: { path: { id } } }));
}

/** No Undo: the deleted task's time entries lose it, which re-creating the task would not give back. */
export function useDeleteTask() {
  return useInvalidatingMutation((task: Task) => deleteTask(task.id), [tasksKeys.all, timeEntriesKeys.all], { done: 'Task deleted' });
}
