import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmMutationDialog } from '@/components/ui/confirm-dialog';
import { useRevokeApiToken } from '../api/revoke-api-token';
import { useRotateApiToken } from '../api/rotate-api-token';
import type { ApiToken } from '../api/types';
import type { IssuedSecret } from '../lib/issued-secret';

/**
 * Rotate (new secret, same scopes) and revoke, each behind a confirmation. The new secret goes to
 * `onIssued` at once: this row turns "revoked" after a rotation, so it cannot show it itself.
 */
export function TokenRowActions({ token, onIssued }: { token: ApiToken; onIssued: (issued: IssuedSecret) => void }) {
  const [confirm, setConfirm] = useState<'rotate' | 'revoke' | null>(null);
  const rotate = useRotateApiToken(onIssued);
  const revoke = useRevokeApiToken();
  if (token.status !== 'active') return null;

  const close = () => setConfirm(null);
  return (
    <div className="flex gap-2">
      <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setConfirm('rotate')} aria-label={`Rotate ${token.name}`}>
        Rotate
      </Button>
      <Button variant="danger" className="px-2 py-1 text-xs" onClick={() => setConfirm('revoke')} aria-label={`Revoke ${token.name}`}>
        Revoke
      </Button>
      <ConfirmMutationDialog
        open={confirm === 'rotate'}
        mutation={rotate}
        variables={token.id}
        onClose={close}
        title={`Rotate “${token.name}”?`}
        confirmLabel="Rotate token"
        pendingLabel="Rotating…"
        tone="primary"
      >
        A new secret with the same scopes and lifetime replaces <span className="font-mono">{token.prefix}…</span>. The current secret stops
        working at once: update every integration that uses it.
      </ConfirmMutationDialog>
      <ConfirmMutationDialog
        open={confirm === 'revoke'}
        mutation={revoke}
        variables={token.id}
        onClose={close}
        title={`Revoke “${token.name}”?`}
        confirmLabel="Revoke token"
        pendingLabel="Revoking…"
      >
        Integrations using <span className="font-mono">{token.prefix}…</span> are refused from the next request on. This cannot be undone.
      </ConfirmMutationDialog>
    </div>
  );
}
