import { api, ok } from '@/lib/api-client';
import { usePageQuery } from '@/lib/page-query';
import { clientsKeys } from './clients-keys';
import type { ClientFilters, ClientList } from './types';

export function getClients(filters: ClientFilters, signal?: AbortSignal): Promise<ClientList> {
  return ok(api.GET('/clients', { params: { query: { ...filters, q: filters.q || undefined } }, signal }));
}

/** GET /clients (active by default; `status=archived|all`; `q` matches name or email). */
export function useClients(filters: ClientFilters) {
  return usePageQuery(clientsKeys.list(filters), (signal) => getClients(filters, signal));
}
