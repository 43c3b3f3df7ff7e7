import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost, apiPut } from '@/lib/api-client';
import { clientsKeys } from './clients-keys';
import type { Client, ClientBody } from './types';

export function createClient(body: ClientBody): Promise<Client> {
  return apiPost<Client>('/clients', body);
}

export function updateClient(id: number, body: Partial<ClientBody>): Promise<Client> {
  return apiPut<Client>(`/clients/${id}`, body);
}

/** POST /clients without an id, PUT /clients/{id} with one (also archives and restores through `status`). */
export function useSaveClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: Partial<ClientBody> }) =>
      id === undefined ? createClient(body as ClientBody) : updateClient(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKeys.all }),
  });
}
