import { PageHeader } from '../../components/ui/page-header';

export function AdminUsersRoute() {
  return <PageHeader title="Users" />;
}
