import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { adminTokenKeys } from './admin-tokens-keys';

/** DELETE /admin/api-tokens/{id}: revokes anyone's token, at once on every instance. */
export async function revokeAdminToken(id: number): Promise<void> {
  await ok(api.DELETE('/admin/api-tokens/{id}', { params: { path: { id } } }));
}

export function useRevokeAdminToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeAdminToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminTokenKeys.all }),
  });
}
