import { useQueries, useQuery } from '@tanstack/react-query';
import { getClients } from '@/features/clients';
import { clientQuery } from '@/lib/records/project-search';
import { projectKeys } from './project-keys';
import type { ClientOption } from './types';

/** GET /clients (view_clients): the first 100 clients, for the invoice pages' client names. */
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
  return useQuery({ ...clientQuery(id ?? 0), enabled: id !== undefined });
}

/**
 * The names of these clients (those of a page of projects), each read once and cached; null when
 * the caller may not see clients. A name is missing while it loads.
 */
export function useClientNames(ids: (number | null)[], enabled: boolean): Map<number, string> | null {
  const unique = [...new Set(ids.filter((id): id is number => id !== null))];
  const answers = useQueries({ queries: unique.map((id) => ({ ...clientQuery(id), enabled })) });
  if (!enabled) return null;
  return new Map(answers.flatMap((a) => (a.data ? [[a.data.id, a.data.name] as const] : [])));
}

export function useClientOptions(enabled: boolean) {
  return useQuery({ queryKey: projectKeys.clientOptions, queryFn: getClientOptions, enabled, staleTime: 5 * 60_000 });
}
