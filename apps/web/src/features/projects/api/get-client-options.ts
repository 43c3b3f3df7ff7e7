import { useQuery } from '@tanstack/react-query';
import { getClients } from '@/features/clients';
import { api, ok } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { ClientOption } from './types';

/** GET /clients (view_clients): the first 100 clients' names, for the clients column and the project header. */
export async function getClientOptions(): Promise<ClientOption[]> {
  const data = await getClients({ status: 'all', per_page: 100 });
  return data.clients;
}

/** Clients whose name or email contains `q` (20 at most: the picker asks again as the person types). */
export async function searchClients(q: string, status: 'active' | 'all', signal?: AbortSignal): Promise<ClientOption[]> {
  return (await getClients({ q, status, per_page: 20 }, signal)).clients;
}

/** GET /clients/{id}: the chosen client, to name it on a closed picker. */
export function useClient(id: number | undefined) {
  return useQuery({
    queryKey: projectKeys.client(id ?? 0),
    queryFn: ({ signal }) => ok(api.GET('/clients/{id}', { params: { path: { id: id! } }, signal })),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}

export function useClientOptions(enabled: boolean) {
  return useQuery({ queryKey: projectKeys.clientOptions, queryFn: getClientOptions, enabled, staleTime: 5 * 60_000 });
}
