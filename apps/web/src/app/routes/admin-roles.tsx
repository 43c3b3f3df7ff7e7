import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { DeleteRoleDialog, type Role, RoleEditor, RoleRow, RoleStats, RolesTransfer, useRoles } from '@/features/admin-roles';
import { Sheet } from '@/components/ui/sheet';
import { Can } from '@/lib/access';

type Editing = { role: Role | null } | null;

export function AdminRolesRoute() {
  const roles = useRoles();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Role | null>(null);
  const close = () => setEditing(null);

  return (
    <>
      <PageHeader
        title="Roles & permissions"
        description="Roles bundle permissions; a user holds the union of their roles' permissions."
        actions={
          <Can permission="manage_roles">
            <Button onClick={() => setEditing({ role: null })}>New role</Button>
          </Can>
        }
      />
      <QueryState query={roles} loadingLabel="Loading roles…">
        {(data) => (
          <div className="space-y-6">
            <RoleStats statistics={data.statistics} />
            <RolesTransfer />
            {data.roles.length === 0 ? (
              <EmptyState title="No roles yet">Run pnpm cli seed-permissions to create the system roles.</EmptyState>
            ) : (
              <ul className="space-y-3" aria-label="Roles">
                {data.roles.map((role) => (
                  <RoleRow key={role.id} role={role} onEdit={(r) => setEditing({ role: r })} onDelete={setDeleting} />
                ))}
              </ul>
            )}
          </div>
        )}
      </QueryState>
      <Sheet
        open={editing !== null}
        onOpenChange={(open) => !open && close()}
        title={editing?.role ? `Role ${editing.role.name}` : 'New custom role'}
        description={editing?.role?.is_system_role ? 'A system role: it cannot be renamed or deleted.' : 'Pick permissions by category.'}
      >
        {editing ? <RoleEditor key={editing.role?.id ?? 'new'} role={editing.role} onDone={close} onCancel={close} /> : null}
      </Sheet>
      <DeleteRoleDialog role={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
