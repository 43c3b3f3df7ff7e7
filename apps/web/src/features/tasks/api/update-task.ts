import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { tasksKeys } from './tasks-keys';
import type { Task, UpdateTaskBody } from './types';

export function updateTask(id: number, body: UpdateTaskBody): Promise<Task> {
  return ok(api.PUT('/tasks/{id}', { params: { path: { id } }, body }));
}

/** PUT /tasks/{id}: edits, status changes and (re)assignments alike. */
export function useUpdateTask() {
  return useInvalidatingMutation(({ id, body }: { id: number; body: UpdateTaskBody }) => updateTask(id, body), [tasksKeys.all], {
    done: 'Task saved',
  });
}
