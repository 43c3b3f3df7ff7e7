import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { clientsKeys } from './clients-keys';
import type { Client, ClientBody, ClientUpdate } from './types';

/** POST /clients without an id, PUT /clients/{id} with one (also archives and restores through `status`). */
export function saveClient({ id, body }: { id?: number; body: ClientUpdate }): Promise<Client> {
  return id === undefined
    ? ok(api.POST('/clients', { body: body as ClientBody }))
    : ok(api.PUT('/clients/{id}', { params: { path: { id } }, body }));
}

export function useSaveClient() {
  return useInvalidatingMutation(saveClient, [clientsKeys.all], {
    done: (client, { id }) => (id === undefined ? `${client.name} created` : `${client.name} saved`),
  });
}
