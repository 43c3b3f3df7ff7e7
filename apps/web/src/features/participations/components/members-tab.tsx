import { useMemo, useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useMyPermissions, useProjectAccess } from '@/lib/access';
import { useParticipations } from '../api/get-participations';
import { AddMemberDialog } from './add-member-dialog';
import { MembersTable } from './members-table';

/** Members of a project: listed from view_project; managed with manage_members; invited with invite_members. */
export function MembersTab({ projectId, archived }: { projectId: number; archived: boolean }) {
  const [page, setPage] = useState(1);
  const members = useParticipations(projectId, page);
  const project = useProjectAccess(projectId);
  const me = useMyPermissions();
  const canManage = project.can('manage_members');
  const canAdd = !archived && (canManage || project.can('invite_members'));
  const memberIds = useMemo(() => new Set(members.data?.participations.map((m) => m.user_id)), [members.data]);
  return (
    <div className="space-y-4">
      {canAdd ? (
        <div className="flex justify-end">
          <AddMemberDialog projectId={projectId} canManage={canManage} ownLevel={project.data?.level} memberIds={memberIds} />
        </div>
      ) : null}
      <QueryState query={members} loadingLabel="Loading members…">
        {(data) =>
          data.participations.length === 0 ? (
            <EmptyState title="Nobody takes part in this project yet" />
          ) : (
            <>
              <MembersTable members={data.participations} canManage={canManage} currentUserId={me.data?.user_id} />
              <Pagination pagination={data.pagination} onPage={setPage} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
