import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmMutationDialog } from '@/components/ui/confirm-dialog';
import { useMyPermissions } from '@/lib/access';
import type { User } from '../api/types';
import { useUpdateUser } from '../api/update-user';

/** Activate / deactivate with a confirm step (delete_users). The API refuses deactivating yourself. */
export function UserStatusControl({ user }: { user: User }) {
  const me = useMyPermissions();
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateUser();
  const deactivate = user.is_active;
  const self = me.data?.user_id === user.id;

  return (
    <div className="rounded-md border border-line p-3">
      <h3 className="text-sm font-semibold text-fg">Account status</h3>
      <p className="mt-1 text-sm text-fg-muted">
        {deactivate
          ? 'Deactivating ends every session of the user at once; they keep their data but cannot sign in.'
          : 'This account is deactivated: the user cannot sign in and holds no permissions.'}
      </p>
      {self && deactivate ? (
        <p className="mt-2 text-xs text-fg-subtle">You cannot deactivate your own account.</p>
      ) : (
        <Button className="mt-3" variant={deactivate ? 'danger' : 'primary'} onClick={() => setConfirming(true)}>
          {deactivate ? 'Deactivate…' : 'Activate…'}
        </Button>
      )}
      <ConfirmMutationDialog
        open={confirming}
        mutation={update}
        variables={{ id: user.id, patch: { is_active: !deactivate } }}
        onClose={() => setConfirming(false)}
        title={`${deactivate ? 'Deactivate' : 'Activate'} ${user.name}?`}
        confirmLabel={deactivate ? 'Deactivate' : 'Activate'}
        pendingLabel="Saving…"
        tone={deactivate ? 'danger' : 'primary'}
      >
        {deactivate
          ? `${user.email} will be signed out everywhere and cannot sign in again until reactivated.`
          : `${user.email} will be able to sign in again with their roles.`}
      </ConfirmMutationDialog>
    </div>
  );
}
