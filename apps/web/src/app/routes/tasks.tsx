import { PageHeader } from '../../components/ui/page-header';

export function TasksRoute() {
  return <PageHeader title="Tasks" />;
}
