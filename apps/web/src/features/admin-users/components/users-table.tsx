import { DataTable, type Column } from '@/components/ui/data-table';
import { useDates } from '@/lib/time-settings';
import type { User } from '../api/types';
import { UserRoleBadges } from './user-role-badges';
import { UserStatusBadge } from './user-status-badge';

/** The user directory; a name opens the user's detail panel. */
export function UsersTable({ users, onOpen }: { users: User[]; onOpen: (id: number) => void }) {
  const { formatDateTime } = useDates();
  const columns: Column<User>[] = [
    {
      key: 'name',
      header: 'User',
      cell: (u) => (
        <div className="min-w-40">
          <button
            type="button"
            className="text-left font-medium text-accent-fg underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
            onClick={() => onOpen(u.id)}
          >
            {u.name}
          </button>
          <div className="break-all text-xs text-fg-subtle">{u.email}</div>
          {/* Phones hide the status column: a deactivated user still says so. */}
          {u.is_active ? null : (
            <div className="mt-1 sm:hidden">
              <UserStatusBadge active={false} />
            </div>
          )}
        </div>
      ),
    },
    { key: 'roles', header: 'Roles & permissions', cell: (u) => <UserRoleBadges user={u} /> },
    { key: 'status', header: 'Status', className: 'hidden sm:table-cell', cell: (u) => <UserStatusBadge active={u.is_active} /> },
    {
      key: 'last',
      header: 'Last sign-in',
      className: 'hidden whitespace-nowrap md:table-cell',
      cell: (u) => formatDateTime(u.last_login_at, 'never'),
    },
  ];
  return <DataTable rows={users} columns={columns} rowKey={(u) => u.id} caption="Users" />;
}
