import { ConfirmMutationDialog } from '@/components/ui/confirm-dialog';
import { useDeleteRole } from '../api/delete-role';
import type { Role } from '../api/types';

/** Confirm step for deleting a custom role; the API's 409 ("assigned to N users") shows here. */
export function DeleteRoleDialog({ role, onClose }: { role: Role | null; onClose: () => void }) {
  return (
    <ConfirmMutationDialog
      open={role !== null}
      mutation={useDeleteRole()}
      variables={role?.id ?? null}
      onClose={onClose}
      title={`Delete the ${role?.name ?? ''} role?`}
      confirmLabel="Delete role"
      pendingLabel="Deleting…"
      errorTitle="The role was not deleted"
    >
      The role and its permission list are removed for good. A role still assigned to users cannot be deleted.
    </ConfirmMutationDialog>
  );
}
