import { useQuery } from '@tanstack/react-query';
import { getClients } from '@/features/clients';
import { projectKeys } from './project-keys';
import type { ClientOption } from './types';

/** GET /clients (view_clients): names for the client filter, column and picker. */
export async function getClientOptions(): Promise<ClientOption[]> {
  const data = await getClients({ status: 'all', per_page: 100 });
  return data.clients;
}

export function useClientOptions(enabled: boolean) {
  return useQuery({ queryKey: projectKeys.clientOptions, queryFn: getClientOptions, enabled, staleTime: 5 * 60_000 });
}
