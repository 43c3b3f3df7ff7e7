import { ConfirmDialog } from '@/components/ui/confirm-dialog';
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
    <ConfirmDialog
      open={token !== null}
      onOpenChange={(open) => !open && close()}
      title={`Revoke “${token?.name ?? ''}”?`}
      confirmLabel="Revoke token"
      pendingLabel="Revoking…"
      pending={revoke.isPending}
      error={revoke.error}
      errorTitle="The token was not revoked"
      onConfirm={() => token && revoke.mutate(token.id, { onSuccess: close })}
    >
      The token <code className="rounded bg-slate-100 px-1">{token?.prefix}…</code> of {token?.user.name} ({token?.user.email}) stops
      working at once, on every server. Integrations using it will fail until its owner creates a new one.
    </ConfirmDialog>
  );
}
