import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { clientsKeys } from './clients-keys';
import type { Client } from './types';

/**
 * DELETE /clients/{id}: 204 when the client is gone, or 200 with the client, archived, when a
 * project still references it. Resolves to what happened.
 */
export async function deleteClient(id: number): Promise<{ outcome: 'deleted' } | { outcome: 'archived'; client: Client }> {
  const archived: Client | undefined = await ok(api.DELETE('/clients/{id}', { params: { path: { id } } }));
  return archived ? { outcome: 'archived', client: archived } : { outcome: 'deleted' };
}

export function useDeleteClient() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteClient, onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKeys.all }) });
}
