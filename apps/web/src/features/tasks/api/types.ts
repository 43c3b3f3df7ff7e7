import type { ApiBody, ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type TaskList = ApiData<'/tasks', 'get'>;
export type Task = ItemOf<TaskList['tasks']>;
export type TaskStatus = Task['status'];
export type TaskFilters = ApiQuery<'/tasks', 'get'>;
export type CreateTaskBody = ApiBody<'/tasks', 'post'>;
/** No project_id: a task never moves to another project. */
export type UpdateTaskBody = ApiBody<'/tasks/{id}', 'put'>;
