import { PageHeader } from '../../components/ui/page-header';

export function AdminTokensRoute() {
  return <PageHeader title="All API tokens" />;
}
