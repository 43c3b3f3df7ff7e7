import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
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
  const close = () => {
    setConfirming(false);
    update.reset();
  };

  return (
    <div className="rounded-md border border-slate-200 p-3">
      <h3 className="text-sm font-semibold text-slate-800">Account status</h3>
      <p className="mt-1 text-sm text-slate-600">
        {deactivate
          ? 'Deactivating ends every session of the user at once; they keep their data but cannot sign in.'
          : 'This account is deactivated: the user cannot sign in and holds no permissions.'}
      </p>
      {self && deactivate ? (
        <p className="mt-2 text-xs text-slate-500">You cannot deactivate your own account.</p>
      ) : (
        <Button className="mt-3" variant={deactivate ? 'danger' : 'primary'} onClick={() => setConfirming(true)}>
          {deactivate ? 'Deactivate…' : 'Activate…'}
        </Button>
      )}
      <Dialog open={confirming} onOpenChange={(open) => !open && close()} title={`${deactivate ? 'Deactivate' : 'Activate'} ${user.name}?`}>
        <p className="text-sm text-slate-700">
          {deactivate
            ? `${user.email} will be signed out everywhere and cannot sign in again until reactivated.`
            : `${user.email} will be able to sign in again with their roles.`}
        </p>
        {update.error ? (
          <div className="mt-3">
            <ErrorMessage error={update.error} />
          </div>
        ) : null}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button
            variant={deactivate ? 'danger' : 'primary'}
            disabled={update.isPending}
            onClick={() => update.mutate({ id: user.id, patch: { is_active: !deactivate } }, { onSuccess: close })}
          >
            {update.isPending ? 'Saving…' : deactivate ? 'Deactivate' : 'Activate'}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
