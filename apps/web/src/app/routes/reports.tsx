import { PageHeader } from '../../components/ui/page-header';

export function ReportsRoute() {
  return <PageHeader title="Reports" />;
}
