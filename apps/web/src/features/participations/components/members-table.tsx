import { PERMISSIONS_LABEL_LABELS, PROJECT_FLAG_LABELS, PROJECT_LEVEL_LABELS } from '@timekeeper/shared';
import { Badge } from '@/components/ui/badge';
import { DataTable, type Column } from '@/components/ui/data-table';
import type { Participation } from '../api/types';
import { accessOf, FLAG_ORDER } from '../lib/member-access';
import { EditMemberDialog } from './edit-member-dialog';
import { RemoveMemberButton } from './remove-member-button';

interface MembersTableProps {
  members: Participation[];
  canManage: boolean;
  currentUserId: number | undefined;
}

export function MembersTable({ members, canManage, currentUserId }: MembersTableProps) {
  const columns: Column<Participation>[] = [
    {
      key: 'member',
      header: 'Member',
      card: 'title',
      cell: (m) => (
        <div className="min-w-36">
          <p className="font-medium text-fg">
            {m.user.name} {m.user_id === currentUserId ? <span className="text-xs font-normal text-fg-subtle">(you)</span> : null}
          </p>
          <p className="text-xs text-fg-subtle">{m.user.email}</p>
        </div>
      ),
    },
    {
      key: 'level',
      header: 'Project permission',
      cell: (m) => (
        <div className="whitespace-nowrap">
          <p>{PROJECT_LEVEL_LABELS[m.level]}</p>
          <p className="text-xs text-fg-subtle">{PERMISSIONS_LABEL_LABELS[m.permissions_label]}</p>
        </div>
      ),
    },
    {
      key: 'flags',
      header: 'Additional access',
      card: 'detail',
      cell: (m) => {
        const on = FLAG_ORDER.filter((f) => accessOf(m).flags[f]);
        return on.length === 0 ? (
          <span className="text-fg-subtle">None</span>
        ) : (
          <ul className="flex min-w-40 flex-wrap gap-1">
            {on.map((f) => (
              <li key={f}>
                <Badge tone="blue">{PROJECT_FLAG_LABELS[f]}</Badge>
              </li>
            ))}
          </ul>
        );
      },
    },
    {
      key: 'actions',
      header: 'Actions',
      card: 'actions',
      cell: (m) => {
        const self = m.user_id === currentUserId;
        return (
          <div className="flex flex-wrap gap-2">
            {canManage ? <EditMemberDialog member={m} /> : null}
            {canManage || self ? <RemoveMemberButton member={m} self={self} /> : null}
          </div>
        );
      },
    },
  ];
  return <DataTable rows={members} columns={columns} rowKey={(m) => m.id} caption="Project members" />;
}
