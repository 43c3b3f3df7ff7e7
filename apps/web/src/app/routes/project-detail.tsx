import { PageHeader } from '../../components/ui/page-header';

export function ProjectDetailRoute() {
  return <PageHeader title="Project" />;
}
