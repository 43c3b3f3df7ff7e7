import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDeleteRole } from '../api/delete-role';
import type { Role } from '../api/types';

/** Confirm step for deleting a custom role; the API's 409 ("assigned to N users") shows here. */
export function DeleteRoleDialog({ role, onClose }: { role: Role | null; onClose: () => void }) {
  const remove = useDeleteRole();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={role !== null}
      onOpenChange={(open) => !open && close()}
      title={`Delete the ${role?.name ?? ''} role?`}
      confirmLabel="Delete role"
      pendingLabel="Deleting…"
      pending={remove.isPending}
      error={remove.error}
      errorTitle="The role was not deleted"
      onConfirm={() => role && remove.mutate(role.id, { onSuccess: close })}
    >
      The role and its permission list are removed for good. A role still assigned to users cannot be deleted.
    </ConfirmDialog>
  );
}
