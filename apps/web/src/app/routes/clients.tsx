import { PageHeader } from '@/components/ui/page-header';
import { ClientsList } from '@/features/clients/components/clients-list';

export function ClientsRoute() {
  return (
    <>
      <PageHeader
        title="Clients"
        description="The organisations you work for. Deleting a client that projects still reference archives it instead."
      />
      <ClientsList />
    </>
  );
}
