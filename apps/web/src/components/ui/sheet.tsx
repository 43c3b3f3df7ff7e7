import { X } from 'lucide-react';
import { Dialog as RadixDialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { ModalFrame, ModalHeading } from './dialog';

interface SheetProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

/**
 * A side panel for long forms (role editor, user detail): Radix Dialog underneath, so focus is
 * trapped, Escape closes it and the page behind is inert. Full width on phones. No z-index, like
 * ui/Dialog: portals stack in opening order, so a confirm dialog opened from the sheet sits on top.
 */
export function Sheet({ open, onOpenChange, title, description, children }: SheetProps) {
  return (
    <ModalFrame
      open={open}
      onOpenChange={onOpenChange}
      className="fixed inset-y-0 right-0 flex w-full max-w-2xl flex-col bg-surface shadow-xl focus:outline-none"
    >
      <div className="flex items-start justify-between gap-3 border-b border-line px-4 py-4 sm:px-6">
        <div className="min-w-0">
          <ModalHeading title={title} description={description} fallback="Details" />
        </div>
        <RadixDialog.Close
          className="rounded-md p-1 text-fg-subtle hover:bg-surface-strong hover:text-fg focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
          aria-label="Close"
        >
          <X aria-hidden="true" className="size-5" />
        </RadixDialog.Close>
      </div>
      <div className="flex-1 overflow-y-auto px-4 py-4 sm:px-6">{children}</div>
    </ModalFrame>
  );
}
