import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorMessage } from '../../../components/ui/error-message';
import { useRevokeAdminToken } from '../api/revoke-admin-token';
import type { AdminToken } from '../api/types';

/** Confirm step: a revoked token stops working on the next request and cannot be revived. */
export function RevokeTokenDialog({ token, onClose }: { token: AdminToken | null; onClose: () => void }) {
  const revoke = useRevokeAdminToken();
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <Dialog open={token !== null} onOpenChange={(open) => !open && close()} title={`Revoke “${token?.name ?? ''}”?`}>
      <p className="text-sm text-slate-700">
        The token <code className="rounded bg-slate-100 px-1">{token?.prefix}…</code> of {token?.user.name} ({token?.user.email}) stops working at once, on every
        server. Integrations using it will fail until its owner creates a new one.
      </p>
      {revoke.error ? (
        <div className="mt-3">
          <ErrorMessage error={revoke.error} title="The token was not revoked" />
        </div>
      ) : null}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={close}>
          Cancel
        </Button>
        <Button variant="danger" disabled={revoke.isPending || !token} onClick={() => token && revoke.mutate(token.id, { onSuccess: close })}>
          {revoke.isPending ? 'Revoking…' : 'Revoke token'}
        </Button>
      </div>
    </Dialog>
  );
}
