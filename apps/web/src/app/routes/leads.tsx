import { PageHeader } from '@/components/ui/page-header';
import { LeadsList } from '@/features/sales';

export function LeadsRoute() {
  return (
    <>
      <PageHeader title="Leads" description="People who might buy. Convert a qualified lead into a client, with a deal if you like." />
      <LeadsList />
    </>
  );
}
