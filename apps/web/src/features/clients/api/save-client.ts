import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { clientsKeys } from './clients-keys';
import type { Client, ClientBody, ClientUpdate } from './types';

export function createClient(body: ClientBody): Promise<Client> {
  return ok(api.POST('/clients', { body }));
}

export function updateClient(id: number, body: ClientUpdate): Promise<Client> {
  return ok(api.PUT('/clients/{id}', { params: { path: { id } }, body }));
}

/** POST /clients without an id, PUT /clients/{id} with one (also archives and restores through `status`). */
export function useSaveClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ClientUpdate }) =>
      id === undefined ? createClient(body as ClientBody) : updateClient(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKeys.all }),
  });
}
