import { PageHeader } from '../../components/ui/page-header';

export function AdminRolesRoute() {
  return <PageHeader title="Roles & permissions" />;
}
