/**
 * People for user filters and assignee pickers. The user directory (GET /users) needs
 * view_users; without it the members of one project (GET /participations?project_id=) are the
 * people one can pick — which is also exactly who may be assigned a task on that project.
 */
import { useQuery } from '@tanstack/react-query';
import type { PaginationInfo } from '@/components/ui/pagination';
import { apiGet } from '@/lib/api-client';
import type { UserRef } from './types';

export const peopleKeys = {
  directory: ['users', 'picker-options'] as const,
  members: (projectId: number) => ['participations', 'picker-options', projectId] as const,
};

export async function getUserDirectory(signal?: AbortSignal): Promise<UserRef[]> {
  const data = await apiGet<{ users: (UserRef & { is_active: boolean })[]; pagination: PaginationInfo }>('/users', {
    query: { per_page: 100 },
    signal,
  });
  return data.users.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export async function getProjectMembers(projectId: number, signal?: AbortSignal): Promise<UserRef[]> {
  const data = await apiGet<{ participations: { user: UserRef }[]; pagination: PaginationInfo }>('/participations', {
    query: { project_id: projectId, per_page: 100 },
    signal,
  });
  return data.participations.map((p) => ({ id: p.user.id, name: p.user.name })).sort((a, b) => a.name.localeCompare(b.name));
}

export function useUserDirectory(enabled: boolean) {
  return useQuery({ queryKey: peopleKeys.directory, queryFn: ({ signal }) => getUserDirectory(signal), enabled, staleTime: 60_000 });
}

export function useProjectMembers(projectId: number | undefined) {
  return useQuery({
    queryKey: peopleKeys.members(projectId ?? 0),
    queryFn: ({ signal }) => getProjectMembers(projectId!, signal),
    enabled: projectId !== undefined,
    staleTime: 60_000,
  });
}
