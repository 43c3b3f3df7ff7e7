import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorMessage } from '../../../components/ui/error-message';
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
    <Dialog open={role !== null} onOpenChange={(open) => !open && close()} title={`Delete the ${role?.name ?? ''} role?`}>
      <p className="text-sm text-slate-700">
        The role and its permission list are removed for good. A role still assigned to users cannot be deleted.
      </p>
      {remove.error ? (
        <div className="mt-3">
          <ErrorMessage error={remove.error} title="The role was not deleted" />
        </div>
      ) : null}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={close}>
          Cancel
        </Button>
        <Button variant="danger" disabled={remove.isPending || !role} onClick={() => role && remove.mutate(role.id, { onSuccess: close })}>
          {remove.isPending ? 'Deleting…' : 'Delete role'}
        </Button>
      </div>
    </Dialog>
  );
}
