import { PageHeader } from '@/components/ui/page-header';
import { ReportsView } from '@/features/reports';

export function ReportsRoute() {
  return (
    <>
      <PageHeader
        title="Reports"
        description="Hours by project, person, day, week, month or client. Days, weeks and months are yours: your time zone and the day your week starts on."
      />
      <ReportsView />
    </>
  );
}
