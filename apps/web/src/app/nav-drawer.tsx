import { Menu, X } from 'lucide-react';
import { Dialog as RadixDialog } from 'radix-ui';
import type { ReactNode } from 'react';

interface NavDrawerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The navigation shown in the drawer. */
  children: ReactNode;
}

/**
 * The Menu button of the header below 768 px and the navigation it opens as a drawer from the left:
 * a Radix Dialog, so focus stays inside while it is open, Escape or a tap beside it closes it, and
 * focus goes back to the Menu button (its trigger) when it closes (docs/guides/README.md#on-a-phone).
 */
export function NavDrawer({ open, onOpenChange, children }: NavDrawerProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Trigger className="inline-flex min-h-9 items-center gap-1.5 rounded-md px-2.5 py-1 text-sm ring-1 ring-slate-600 hover:bg-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400">
        <Menu aria-hidden="true" className="size-4" /> Menu
      </RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 bg-slate-900/50" />
        <RadixDialog.Content className="fixed inset-y-0 left-0 flex w-72 max-w-[85vw] flex-col bg-slate-900 shadow-xl focus:outline-none">
          <div className="flex items-center justify-between gap-3 border-b border-slate-800 px-5 py-3">
            <RadixDialog.Title className="text-base font-semibold text-white">Menu</RadixDialog.Title>
            <RadixDialog.Description className="sr-only">The pages you can open</RadixDialog.Description>
            <RadixDialog.Close
              aria-label="Close the menu"
              className="rounded-md p-1.5 text-slate-300 hover:bg-slate-800 hover:text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
            >
              <X aria-hidden="true" className="size-5" />
            </RadixDialog.Close>
          </div>
          <div className="flex-1 overflow-y-auto px-2 py-4">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
