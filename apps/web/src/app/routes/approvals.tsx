import { PageHeader } from '@/components/ui/page-header';
import { ApprovalsView } from '@/features/approvals/components/approvals-view';

/** /approvals (approve_time_entries or create_time_entries, checked by the router). */
export function ApprovalsRoute() {
  return (
    <>
      <PageHeader
        title="Approvals"
        description="Time submitted for approval: decide on your team’s entries, and follow or withdraw your own requests. Approved entries are locked."
      />
      <ApprovalsView />
    </>
  );
}
