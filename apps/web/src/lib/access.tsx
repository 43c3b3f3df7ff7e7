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
import { hasPermission, isPermission, type Permission, type PermissionRequirement, type ProjectAction } from '@timekeeper/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { api, ok } from './api-client';
import type { ApiData, ItemOf } from './api/types';

export type MyPermissions = ApiData<'/users/me/permissions', 'get'>;
/** A role as the user and permission answers list it (`expires_at` in the past: an expired assignment). */
export type RoleRef = ItemOf<MyPermissions['roles']>;

export const accessKeys = {
  me: ['access', 'me'] as const,
  project: (id: number) => ['access', 'project', id] as const,
  all: ['access'] as const,
};

export function useMyPermissions() {
  return useQuery({ queryKey: accessKeys.me, queryFn: () => ok(api.GET('/users/me/permissions')), staleTime: 60_000 });
}

export interface Access {
  /** false until the permissions have loaded: render nothing gated before that. */
  ready: boolean;
  isAdmin: boolean;
  can(requirement: PermissionRequirement): boolean;
}

/** The permissions held, as the shared catalog names them (the answer lists names as plain strings). */
export function heldPermissions(data: MyPermissions | undefined): Set<Permission> {
  return new Set((data?.permissions ?? []).filter(isPermission));
}

export function accessFrom(data: MyPermissions | undefined): Access {
  const held = heldPermissions(data);
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

export type ProjectAccessInfo = ApiData<'/projects/{id}/access', 'get'>;

export function useProjectAccess(projectId: number | undefined) {
  const query = useQuery({
    queryKey: accessKeys.project(projectId ?? 0),
    queryFn: () => ok(api.GET('/projects/{id}/access', { params: { path: { id: projectId! } } })),
    enabled: projectId !== undefined,
    staleTime: 30_000,
  });
  const actions = useMemo(() => new Set(query.data?.actions ?? []), [query.data]);
  return { ...query, can: (action: ProjectAction) => actions.has(action) };
}
