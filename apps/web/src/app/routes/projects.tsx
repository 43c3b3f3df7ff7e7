import { PageHeader } from '../../components/ui/page-header';

export function ProjectsRoute() {
  return <PageHeader title="Projects" />;
}
