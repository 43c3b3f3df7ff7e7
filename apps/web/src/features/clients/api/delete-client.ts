import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
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
  return useInvalidatingMutation(deleteClient, [clientsKeys.all]);
}
