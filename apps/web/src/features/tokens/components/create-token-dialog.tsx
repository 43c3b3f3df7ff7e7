import { isPermission } from '@timekeeper/shared';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { QueryState } from '@/components/ui/query-state';
import { useMyPermissions } from '@/lib/access';
import { useCreateApiToken } from '../api/create-api-token';
import { useScopeCatalog } from '../api/get-scopes';
import type { IssuedSecret } from '../lib/issued-secret';
import { SecretPanel } from './secret-panel';
import { TokenForm } from './token-form';

/** "New token": the form, then the secret once. The secret is kept in this component's state only. */
export function CreateTokenDialog() {
  const [open, setOpen] = useState(false);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  const permissions = useMyPermissions();
  const catalog = useScopeCatalog();
  const create = useCreateApiToken(setIssued);

  const close = () => {
    setIssued(null);
    create.reset();
    setOpen(false);
  };
  // While the secret shows, only "I have stored it" closes the dialog.
  const onOpenChange = (next: boolean) => (next ? setOpen(true) : issued === null && close());

  return (
    <>
      <Button onClick={() => setOpen(true)}>New token</Button>
      <Dialog open={open} onOpenChange={onOpenChange} title={issued ? 'Token created' : 'New API token'}>
        {issued ? (
          <SecretPanel issued={issued} onDone={close} />
        ) : (
          // The picker needs both the catalog and the caller's permissions (what they may grant).
          <QueryState query={permissions} loadingLabel="Loading your permissions…">
            {(mine) => (
              <QueryState query={catalog} loadingLabel="Loading the scope catalog…">
                {(data) => (
                  <TokenForm
                    isAdmin={mine.is_admin}
                    permissions={mine.permissions.filter(isPermission)}
                    maxDays={data.max_lifetime_days}
                    pending={create.isPending}
                    error={create.error}
                    onSubmit={(input) => create.mutate(input)}
                    onCancel={close}
                  />
                )}
              </QueryState>
            )}
          </QueryState>
        )}
      </Dialog>
    </>
  );
}
