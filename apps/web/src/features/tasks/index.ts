/** What other features and pages use of tasks. Project pages: `<TasksList projectId={id} />`. */
export { TasksList } from './components/tasks-list';
export { useTasks, useProjectTasks, useTaskNames } from './api/get-tasks';
export { tasksKeys } from './api/tasks-keys';
export type { Task, TaskStatus } from './api/types';
export { TASK_STATUSES, taskStatusLabel } from './lib/task-status';
