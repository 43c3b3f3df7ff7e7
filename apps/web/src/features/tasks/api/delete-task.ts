import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { timeEntriesKeys } from '@/lib/records/record-keys';
import { tasksKeys } from './tasks-keys';

/** DELETE /tasks/{id}: its time entries stay, without the task. */
export async function deleteTask(id: number): Promise<void> {
  await ok(api.DELETE('/tasks/{id}', { params: { path: { id } } }));
}

export function useDeleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTask,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: tasksKeys.all }),
        queryClient.invalidateQueries({ queryKey: timeEntriesKeys.all }),
      ]),
  });
}
