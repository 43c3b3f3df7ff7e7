import { accessKeys } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { roleKeys } from './roles-keys';
import type { ImportResult, RoleExport } from './types';

/** POST /roles/import: create or update roles by name, all or nothing (manage_permissions). */
export function importRoles(file: RoleExport): Promise<ImportResult> {
  return ok(api.POST('/roles/import', { body: file }));
}

export function useImportRoles() {
  return useInvalidatingMutation(importRoles, [roleKeys.all, accessKeys.all]);
}
