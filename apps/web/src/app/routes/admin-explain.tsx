import { PageHeader } from '../../components/ui/page-header';

export function AdminExplainRoute() {
  return <PageHeader title="Why can / can’t" />;
}
