import { PageHeader } from '@/components/ui/page-header';
import { DealsView } from '@/features/sales';

export function DealsRoute() {
  return (
    <>
      <PageHeader title="Deals" description="Your pipeline: drag a deal to its next stage, or mark it won or lost." />
      <DealsView />
    </>
  );
}
