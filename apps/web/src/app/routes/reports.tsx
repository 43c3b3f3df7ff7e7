import { PageHeader } from '@/components/ui/page-header';
import { ReportsView } from '@/features/reports';

export function ReportsRoute() {
  return (
    <>
      <PageHeader
        title="Reports"
        description="Hours by project, person, day or client. Days are counted in UTC, as the server stores them."
      />
      <ReportsView />
    </>
  );
}
