import { PageHeader } from '@/components/ui/page-header';
import { TimesheetPanel } from '@/features/timesheet';

export function TimesheetRoute() {
  return (
    <>
      <PageHeader
        title="Timesheet"
        description="Your week at a glance: type the hours per project and day — 1:30, 1.5, 90m or 1h30 — and each cell is saved as you leave it."
      />
      <TimesheetPanel />
    </>
  );
}
