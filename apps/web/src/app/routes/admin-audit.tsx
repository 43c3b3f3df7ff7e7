import { PageHeader } from '../../components/ui/page-header';

export function AdminAuditRoute() {
  return <PageHeader title="Audit log" />;
}
