import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { tasksKeys } from './tasks-keys';
import type { CreateTaskBody, Task } from './types';

export function createTask(body: CreateTaskBody): Promise<Task> {
  return ok(api.POST('/tasks', { body }));
}

export function useCreateTask() {
  return useInvalidatingMutation(createTask, [tasksKeys.all], { done: 'Task created' });
}
