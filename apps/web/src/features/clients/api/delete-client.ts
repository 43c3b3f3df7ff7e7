import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { clientsKeys } from './clients-keys';
import { saveClient } from './save-client';
import type { Client } from './types';

/**
 * DELETE /clients/{id}: 204 when the client is gone, or 200 with the client, archived, when a
 * project still references it. Resolves to what happened.
 */
export async function deleteClient(id: number): Promise<{ outcome: 'deleted' } | { outcome: 'archived'; client: Client }> {
  const archived: Client | undefined = await ok(api.DELETE('/clients/{id}', { params: { path: { id } } }));
  return archived ? { outcome: 'archived', client: archived } : { outcome: 'deleted' };
}

/** An archived client comes back with Undo (its status set active again); a deleted one cannot. */
export function useDeleteClient() {
  return useInvalidatingMutation((client: Client) => deleteClient(client.id), [clientsKeys.all], {
    done: (result, client) => (result.outcome === 'archived' ? `${client.name} archived` : `${client.name} deleted`),
    undo: (result, client) =>
      result.outcome === 'archived'
        ? { run: () => saveClient({ id: client.id, body: { status: 'active' } }), done: `${client.name} restored` }
        : undefined,
  });
}
