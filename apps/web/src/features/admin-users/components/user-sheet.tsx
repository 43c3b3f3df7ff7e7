import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { Tabs, type TabDef } from '@/components/ui/tabs';
import { useAccess } from '@/lib/access';
import { Sheet } from '@/components/ui/sheet';
import { useUser } from '../api/get-user';
import type { User } from '../api/types';
import { EffectivePermissions } from './effective-permissions';
import { RoleAssignmentForm } from './role-assignment-form';
import { UserProfileForm } from './user-profile-form';
import { UserRoleBadges } from './user-role-badges';
import { UserStatusBadge } from './user-status-badge';
import { UserStatusControl } from './user-status-control';

/** The detail panel of `/admin/users?user=<id>`: profile, status, roles, effective permissions. */
export function UserSheet({ userId, onClose }: { userId: number | null; onClose: () => void }) {
  const user = useUser(userId);
  return (
    <Sheet
      open={userId !== null}
      onOpenChange={(open) => !open && onClose()}
      title={user.data?.name ?? 'User'}
      description={user.data ? <span className="break-all">{user.data.email}</span> : undefined}
    >
      {user.isPending ? <Spinner label="Loading the user…" /> : null}
      {user.isError ? <ErrorMessage error={user.error} title="Could not load this user" /> : null}
      {user.data ? <UserDetail key={user.data.id} user={user.data} /> : null}
    </Sheet>
  );
}

function UserDetail({ user }: { user: User }) {
  const access = useAccess();
  const tabs: TabDef[] = [
    {
      value: 'profile',
      label: 'Profile',
      content: (
        <div className="space-y-4">
          <UserProfileForm user={user} />
          {access.can('delete_users') ? <UserStatusControl user={user} /> : null}
        </div>
      ),
    },
  ];
  if (access.can('manage_user_roles')) tabs.push({ value: 'roles', label: 'Roles', content: <RoleAssignmentForm user={user} /> });
  tabs.push({ value: 'permissions', label: 'Effective permissions', content: <EffectivePermissions userId={user.id} /> });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <UserStatusBadge active={user.is_active} />
        <UserRoleBadges user={user} />
      </div>
      <Tabs tabs={tabs} label="User details" />
    </div>
  );
}
