import { ConfirmMutationDialog } from '@/components/ui/confirm-dialog';
import { useRevokeAdminToken } from '../api/revoke-admin-token';
import type { AdminToken } from '../api/types';

/** Confirm step: a revoked token stops working on the next request and cannot be revived. */
export function RevokeTokenDialog({ token, onClose }: { token: AdminToken | null; onClose: () => void }) {
  return (
    <ConfirmMutationDialog
      open={token !== null}
      mutation={useRevokeAdminToken()}
      variables={token?.id ?? null}
      onClose={onClose}
      title={`Revoke “${token?.name ?? ''}”?`}
      confirmLabel="Revoke token"
      pendingLabel="Revoking…"
      errorTitle="The token was not revoked"
    >
      The token <code className="rounded bg-surface-strong px-1">{token?.prefix}…</code> of {token?.user.name} ({token?.user.email}) stops
      working at once, on every server. Integrations using it will fail until its owner creates a new one.
    </ConfirmMutationDialog>
  );
}
