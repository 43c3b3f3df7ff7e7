import { PageHeader } from '../../components/ui/page-header';

export function DashboardRoute() {
  return <PageHeader title="Dashboard" />;
}
