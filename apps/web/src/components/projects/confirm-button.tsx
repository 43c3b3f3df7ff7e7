import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

interface ConfirmButtonProps {
  /** What the button says, and how it looks. */
  label: string;
  variant?: 'primary' | 'secondary' | 'danger';
  className?: string;
  ariaLabel?: string;
  title: string;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  /** The request the confirmation sends: its refusal shows in the dialog and is cleared when the dialog closes. */
  mutation: { isPending: boolean; error: unknown; reset: () => void };
  /** Sends the request; `close` closes the dialog (on success). */
  onConfirm: (close: () => void) => void;
  children: ReactNode;
}

/** A button that asks first: archive or restore a project, remove a member or leave the project. */
export function ConfirmButton({
  label,
  variant,
  className,
  ariaLabel,
  title,
  confirmLabel,
  tone,
  mutation,
  onConfirm,
  children,
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const onOpenChange = (next: boolean) => {
    if (!next) mutation.reset();
    setOpen(next);
  };
  return (
    <>
      <Button variant={variant} className={className} onClick={() => setOpen(true)} aria-label={ariaLabel}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={onOpenChange}
        title={title}
        confirmLabel={confirmLabel}
        tone={tone}
        pending={mutation.isPending}
        error={mutation.error}
        onConfirm={() => onConfirm(() => setOpen(false))}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
