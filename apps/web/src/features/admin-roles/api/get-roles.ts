import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { roleKeys } from './roles-keys';
import type { RoleList } from './types';

/** GET /roles: every role (system roles first) with permissions, user counts and statistics. */
export function getRoles(): Promise<RoleList> {
  return apiGet<RoleList>('/roles');
}

export const rolesQueryOptions = () => queryOptions({ queryKey: roleKeys.list(), queryFn: getRoles });

export function useRoles(options: { enabled?: boolean } = {}) {
  return useQuery({ ...rolesQueryOptions(), enabled: options.enabled ?? true });
}
