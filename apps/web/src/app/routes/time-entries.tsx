import { PageHeader } from '../../components/ui/page-header';

export function TimeEntriesRoute() {
  return <PageHeader title="Time entries" />;
}
