import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accessKeys } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import { roleKeys } from './roles-keys';
import type { ImportResult, RoleExport } from './types';

/** POST /roles/import: create or update roles by name, all or nothing (manage_permissions). */
export function importRoles(file: RoleExport): Promise<ImportResult> {
  return ok(api.POST('/roles/import', { body: file }));
}

export function useImportRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importRoles,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: roleKeys.all }), queryClient.invalidateQueries({ queryKey: accessKeys.all })]),
  });
}
