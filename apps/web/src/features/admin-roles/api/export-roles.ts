import { useMutation } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import type { RoleExport } from './types';

/** GET /roles/export: every role definition, in the format POST /roles/import accepts. */
export function exportRoles(): Promise<RoleExport> {
  return ok(api.GET('/roles/export'));
}

/** A download is an action, not cached data: a mutation that fetches a fresh export each time. */
export function useExportRoles() {
  return useMutation({ mutationFn: exportRoles });
}
