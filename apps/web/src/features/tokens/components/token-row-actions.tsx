import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmMutationDialog, type ConfirmedMutation } from '@/components/ui/confirm-dialog';
import { useRevokeApiToken } from '../api/revoke-api-token';
import { useRotateApiToken } from '../api/rotate-api-token';
import type { ApiToken } from '../api/types';
import type { IssuedSecret } from '../lib/issued-secret';

/**
 * Rotate (new secret, same scopes) and revoke, each behind a confirmation. The new secret goes to
 * `onIssued` at once: this row turns "revoked" after a rotation, so it cannot show it itself.
 */
export function TokenRowActions({ token, onIssued }: { token: ApiToken; onIssued: (issued: IssuedSecret) => void }) {
  const rotate = useRotateApiToken(onIssued);
  const revoke = useRevokeApiToken();
  if (token.status !== 'active') return null;

  const prefix = <span className="font-mono">{token.prefix}…</span>;
  return (
    <div className="flex gap-2">
      <ConfirmedTokenAction token={token} verb="Rotate" mutation={rotate} pendingLabel="Rotating…" tone="primary">
        A new secret with the same scopes and lifetime replaces {prefix}. The current secret stops working at once: update every integration
        that uses it.
      </ConfirmedTokenAction>
      <ConfirmedTokenAction token={token} verb="Revoke" mutation={revoke} pendingLabel="Revoking…" tone="danger">
        Integrations using {prefix} are refused from the next request on. This cannot be undone.
      </ConfirmedTokenAction>
    </div>
  );
}

interface ConfirmedTokenActionProps {
  token: ApiToken;
  verb: 'Rotate' | 'Revoke';
  mutation: ConfirmedMutation<number>;
  pendingLabel: string;
  /** The confirm button's colour; the row's button is red for a danger, grey otherwise. */
  tone: 'primary' | 'danger';
  children: ReactNode;
}

/** A row button ("Rotate", "Revoke") and the confirmation that runs its mutation. */
function ConfirmedTokenAction({ token, verb, mutation, pendingLabel, tone, children }: ConfirmedTokenActionProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant={tone === 'danger' ? 'danger' : 'secondary'}
        className="px-2 py-1 text-xs"
        onClick={() => setOpen(true)}
        aria-label={`${verb} ${token.name}`}
      >
        {verb}
      </Button>
      <ConfirmMutationDialog
        open={open}
        mutation={mutation}
        variables={token.id}
        onClose={() => setOpen(false)}
        title={`${verb} “${token.name}”?`}
        confirmLabel={`${verb} token`}
        pendingLabel={pendingLabel}
        tone={tone}
      >
        {children}
      </ConfirmMutationDialog>
    </>
  );
}
