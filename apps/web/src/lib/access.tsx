/**
 * UI gating from effective permissions, through the shared decision function — never by role
 * name. This is user experience only: the API decides every request again.
 *
 * - `useAccess().can(requirement)` for account permissions (GET /users/me/permissions);
 * - `useProjectAccess(id).can(action)` for project actions (GET /projects/{id}/access, whose
 *   `actions` the server computes with the same shared function);
 * - `<Can permission=…>` to show or hide a piece of UI.
 * A 403 from the API refetches the permissions (see query-client.ts).
 */
import { hasPermission, type Permission, type PermissionRequirement, type ProjectAction } from '@timekeeper/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { apiGet } from './api-client';

export interface RoleRef {
  id: number;
  name: string;
  is_system_role: boolean;
  expires_at: string | null;
}

export interface MyPermissions {
  user_id: number;
  is_admin: boolean;
  roles: RoleRef[];
  permissions: Permission[];
  scopes: string[] | null;
  version: number;
}

export const accessKeys = {
  me: ['access', 'me'] as const,
  project: (id: number) => ['access', 'project', id] as const,
  all: ['access'] as const,
};

export function useMyPermissions() {
  return useQuery({ queryKey: accessKeys.me, queryFn: () => apiGet<MyPermissions>('/users/me/permissions'), staleTime: 60_000 });
}

export interface Access {
  /** false until the permissions have loaded: render nothing gated before that. */
  ready: boolean;
  isAdmin: boolean;
  can(requirement: PermissionRequirement): boolean;
}

export function accessFrom(data: MyPermissions | undefined): Access {
  const held = new Set<Permission>(data?.permissions ?? []);
  return {
    ready: data !== undefined,
    isAdmin: data?.is_admin ?? false,
    can: (requirement) => data !== undefined && hasPermission(held, requirement),
  };
}

export function useAccess(): Access {
  const { data } = useMyPermissions();
  return useMemo(() => accessFrom(data), [data]);
}

interface CanProps {
  permission: PermissionRequirement;
  children: ReactNode;
  fallback?: ReactNode;
}

export function Can({ permission, children, fallback = null }: CanProps) {
  const access = useAccess();
  return <>{access.can(permission) ? children : fallback}</>;
}

export interface ProjectAccessInfo {
  project_id: number;
  level: string;
  /** The caller's participation level; null when not a member (the level then comes from an admin role or view_all_projects). */
  membership_level?: string | null;
  access_level: string;
  permissions_label: string;
  level_source: string;
  is_member: boolean;
  flags: Record<string, boolean>;
  actions: ProjectAction[];
}

export function useProjectAccess(projectId: number | undefined) {
  const query = useQuery({
    queryKey: accessKeys.project(projectId ?? 0),
    queryFn: () => apiGet<ProjectAccessInfo>(`/projects/${projectId}/access`),
    enabled: projectId !== undefined,
    staleTime: 30_000,
  });
  const actions = useMemo(() => new Set(query.data?.actions ?? []), [query.data]);
  return { ...query, can: (action: ProjectAction) => actions.has(action) };
}
