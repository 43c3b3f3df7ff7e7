/** What other features and pages use of tasks. Project pages: `<TasksList projectId={id} />`. */
export { TasksList } from './components/tasks-list';
export { TaskSelect } from './components/task-select';
export { useTasks, useProjectTasks } from './api/get-tasks';
export { tasksKeys } from './api/tasks-keys';
export { TASK_STATUSES, taskStatusLabel, type Task, type TaskStatus } from './api/types';
