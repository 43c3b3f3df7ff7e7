import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { timeEntriesKeys } from '@/lib/records/record-keys';
import { tasksKeys } from './tasks-keys';

/** DELETE /tasks/{id}: its time entries stay, without the task. */
export async function deleteTask(id: number): Promise<void> {
  await ok(api.DELETE('/tasks/{id}', { params: { path: { id } } }));
}

export function useDeleteTask() {
  return useInvalidatingMutation(deleteTask, [tasksKeys.all, timeEntriesKeys.all]);
}
