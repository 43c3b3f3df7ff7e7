import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiDelete } from '@/lib/api-client';
import { adminTokenKeys } from './admin-tokens-keys';

/** DELETE /admin/api-tokens/{id}: revokes anyone's token, at once on every instance. */
export function revokeAdminToken(id: number): Promise<void> {
  return apiDelete<void>(`/admin/api-tokens/${id}`);
}

export function useRevokeAdminToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeAdminToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminTokenKeys.all }),
  });
}
