import { PageHeader } from '../../components/ui/page-header';

export function AdminSettingsRoute() {
  return <PageHeader title="Settings" />;
}
