import { PageHeader } from '@/components/ui/page-header';
import { TimeEntriesPanel } from '@/features/time-entries';
import { useContinueAction } from '@/features/timer';

export function TimeEntriesRoute() {
  const continuing = useContinueAction();
  return (
    <>
      <PageHeader
        title="Time entries"
        description="Your logged time — and your team’s where you may see it. Times are shown in your time zone."
      />
      <TimeEntriesPanel moreActions={continuing.button} actionsNotice={continuing.error} />
    </>
  );
}
