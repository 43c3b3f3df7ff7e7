import { PageHeader } from '../../components/ui/page-header';

export function ClientsRoute() {
  return <PageHeader title="Clients" />;
}
