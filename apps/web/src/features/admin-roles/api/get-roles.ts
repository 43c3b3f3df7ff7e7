import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { roleKeys } from './roles-keys';
import type { RoleList } from './types';

/** GET /roles: every role (system roles first) with permissions, user counts and statistics. */
export function getRoles(): Promise<RoleList> {
  return ok(api.GET('/roles'));
}

export const rolesQueryOptions = () => queryOptions({ queryKey: roleKeys.list(), queryFn: getRoles });

export function useRoles(options: { enabled?: boolean } = {}) {
  return useQuery({ ...rolesQueryOptions(), enabled: options.enabled ?? true });
}
