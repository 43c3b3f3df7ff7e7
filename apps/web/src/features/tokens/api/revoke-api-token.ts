import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { tokenKeys } from './token-keys';

/** DELETE /api-tokens/{id}: revokes at once, on every instance. */
export async function revokeApiToken(id: number): Promise<void> {
  await ok(api.DELETE('/api-tokens/{id}', { params: { path: { id } } }));
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.lists() }),
  });
}
