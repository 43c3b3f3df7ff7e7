import { Dialog as RadixDialog } from 'radix-ui';
import { useRef, type ReactNode } from 'react';

interface ModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

/**
 * Radix Dialog with its overlay: focus is trapped, Escape closes it and the page behind is inert.
 * Our dialogs are opened by state, not by a Radix Trigger, so Radix has no trigger to give focus
 * back to and would leave it on the page body: the frame remembers the element that had focus
 * when the dialog opened (its opener) and returns focus there when it closes, if it is still on
 * the page.
 */
export function ModalFrame({
  open,
  onOpenChange,
  className,
  children,
}: Pick<ModalProps, 'open' | 'onOpenChange' | 'children'> & { className: string }) {
  const opener = useRef<HTMLElement | null>(null);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <RadixDialog.Content
          className={className}
          // Runs before focus moves into the dialog: the focused element is still the opener.
          onOpenAutoFocus={() => {
            opener.current =
              document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
          }}
          onCloseAutoFocus={(event) => {
            const target = opener.current;
            opener.current = null;
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
        >
          {children}
        </RadixDialog.Content>
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
