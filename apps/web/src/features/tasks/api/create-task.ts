import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { tasksKeys } from './tasks-keys';
import type { CreateTaskBody, Task } from './types';

export function createTask(body: CreateTaskBody): Promise<Task> {
  return ok(api.POST('/tasks', { body }));
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createTask, onSuccess: () => queryClient.invalidateQueries({ queryKey: tasksKeys.all }) });
}
