import type { ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { ErrorMessage } from './error-message';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  pending?: boolean;
  /** The API's refusal, shown in the dialog so the person sees why nothing happened. */
  error?: unknown;
  errorTitle?: string;
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
}

/** "Are you sure?" for destructive actions, with the API's refusal shown in place. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  children,
  confirmLabel,
  pendingLabel,
  pending = false,
  error,
  errorTitle,
  tone = 'danger',
  onConfirm,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title}>
      <div className="space-y-4">
        <div className="text-sm text-fg-secondary">{children}</div>
        {error ? <ErrorMessage error={error} title={errorTitle} /> : null}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button variant={tone} disabled={pending} onClick={onConfirm}>
            {pending ? (pendingLabel ?? `${confirmLabel}…`) : confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

/** The part of a TanStack mutation a confirmation runs. */
export interface ConfirmedMutation<V> {
  mutate: (variables: V, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

interface ConfirmMutationDialogProps<V> extends Omit<ConfirmDialogProps, 'onOpenChange' | 'pending' | 'error' | 'onConfirm'> {
  mutation: ConfirmedMutation<V>;
  /** What the mutation runs with; nothing happens while it is null. */
  variables: V | null;
  onClose: () => void;
}

/** A confirmation that runs one mutation; closing it (Cancel, Escape or success) resets the mutation. */
export function ConfirmMutationDialog<V>({ mutation, variables, onClose, ...props }: ConfirmMutationDialogProps<V>) {
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      {...props}
      onOpenChange={(open) => !open && close()}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => variables !== null && mutation.mutate(variables, { onSuccess: close })}
    />
  );
}
