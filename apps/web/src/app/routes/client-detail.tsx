import { useParams } from 'react-router';
import { ClientDetail } from '@/features/sales';
import { DetailRoute } from './detail-route';

/** /clients/:clientId (the clients page's permission, checked by the router). */
export function ClientDetailRoute() {
  return (
    <DetailRoute
      id={Number(useParams().clientId)}
      back={{ to: '/clients', label: 'Clients' }}
      notFound={{ title: 'Client not found', text: 'This address does not name a client.' }}
    >
      {(id) => <ClientDetail key={id} clientId={id} />}
    </DetailRoute>
  );
}
