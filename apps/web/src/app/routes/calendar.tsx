import { PageHeader } from '@/components/ui/page-header';
import { CalendarPanel } from '@/features/calendar';

export function CalendarRoute() {
  return (
    <>
      <PageHeader
        title="Calendar"
        description="Your entries by day and week, in your time zone. Select a free time to add one; drag or stretch one to move it."
      />
      <CalendarPanel />
    </>
  );
}
