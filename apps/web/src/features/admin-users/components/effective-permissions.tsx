import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { Can } from '@/lib/access';
import { PermissionChecklist } from '@/features/admin-roles';
import { useUserPermissions } from '../api/get-user-permissions';
import { UserRoleBadges } from './user-role-badges';

/** What the user may do right now (GET /users/{id}/permissions), grouped by category. */
export function EffectivePermissions({ userId }: { userId: number }) {
  const query = useUserPermissions(userId);
  return (
    <QueryState query={query} loadingLabel="Loading permissions…">
      {(data) => (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center gap-2 text-sm text-fg-secondary">
            <span>{data.permissions.length} permissions from active roles:</span>
            <UserRoleBadges user={{ roles: data.roles, legacy_role: null }} />
          </div>
          {!data.is_active ? <p className="text-sm text-danger-fg">Deactivated: this user holds no permissions.</p> : null}
          <Can permission={{ anyOf: ['manage_user_roles', 'view_permissions'] }}>
            <Link className="text-sm font-medium text-accent-fg underline-offset-2 hover:underline" to={`/admin/explain?user_id=${userId}`}>
              Why can or can&apos;t this user do something?
            </Link>
          </Can>
          <PermissionChecklist held={data.permissions.map((p) => p.name)} />
        </div>
      )}
    </QueryState>
  );
}
