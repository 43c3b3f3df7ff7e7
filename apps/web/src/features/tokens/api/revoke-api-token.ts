import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiDelete } from '@/lib/api-client';
import { tokenKeys } from './token-keys';

/** DELETE /api-tokens/{id}: revokes at once, on every instance. */
export function revokeApiToken(id: number): Promise<void> {
  return apiDelete<void>(`/api-tokens/${id}`);
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.lists() }),
  });
}
