import { Dialog as RadixDialog } from 'radix-ui';
import type { ReactNode } from 'react';

interface ModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

/** Radix Dialog with its overlay: focus is trapped, Escape closes it and the page behind is inert. */
export function ModalFrame({
  open,
  onOpenChange,
  className,
  children,
}: Pick<ModalProps, 'open' | 'onOpenChange' | 'children'> & { className: string }) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <RadixDialog.Content className={className}>{children}</RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The title and the description a screen reader announces; without a description, `fallback` is read. */
export function ModalHeading({ title, description, fallback }: Pick<ModalProps, 'title' | 'description'> & { fallback: ReactNode }) {
  return (
    <>
      <RadixDialog.Title className="text-lg font-semibold text-fg">{title}</RadixDialog.Title>
      {description ? (
        <RadixDialog.Description className="mt-1 text-sm text-fg-muted">{description}</RadixDialog.Description>
      ) : (
        <RadixDialog.Description className="sr-only">{fallback}</RadixDialog.Description>
      )}
    </>
  );
}

/** An accessible modal (focus trap, Escape to close) from Radix UI. */
export function Dialog({ open, onOpenChange, title, description, children }: ModalProps & { title: string; description?: string }) {
  return (
    <ModalFrame
      open={open}
      onOpenChange={onOpenChange}
      className="fixed left-1/2 top-1/2 max-h-[90vh] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-surface p-6 shadow-xl focus:outline-none"
    >
      <ModalHeading title={title} description={description} fallback={title} />
      <div className="mt-4">{children}</div>
    </ModalFrame>
  );
}
