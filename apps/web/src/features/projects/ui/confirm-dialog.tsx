import type { ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorMessage } from '../../../components/ui/error-message';

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
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
}

/** "Are you sure?" for destructive actions. Generic: move to components/ui once that folder takes it. */
export function ConfirmDialog({ open, onOpenChange, title, children, confirmLabel, pendingLabel, pending = false, error, tone = 'danger', onConfirm }: ConfirmDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title}>
      <div className="space-y-4">
        <div className="text-sm text-slate-700">{children}</div>
        {error ? <ErrorMessage error={error} /> : null}
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
