import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiDelete } from '@/lib/api-client';
import { roleKeys } from './roles-keys';

/** DELETE /roles/{id}: custom roles only; 409 while users still hold it. */
export function deleteRole(id: number): Promise<void> {
  return apiDelete<void>(`/roles/${id}`);
}

export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roleKeys.all }),
  });
}
