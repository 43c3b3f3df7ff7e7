import { PageHeader } from '@/components/ui/page-header';
import { TasksList } from '@/features/tasks';

export function TasksRoute() {
  return (
    <>
      <PageHeader title="Tasks" description="Tasks of the projects you can see, and those assigned to you." />
      <TasksList />
    </>
  );
}
