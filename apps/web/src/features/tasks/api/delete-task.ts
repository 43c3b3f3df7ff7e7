import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiDelete } from '@/lib/api-client';
import { timeEntriesKeys } from '@/features/time-entries/api/time-entries-keys';
import { tasksKeys } from './tasks-keys';

/** DELETE /tasks/{id}: its time entries stay, without the task. */
export function deleteTask(id: number): Promise<void> {
  return apiDelete<void>(`/tasks/${id}`);
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
