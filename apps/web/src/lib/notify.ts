/**
 * Toasts that confirm what someone just did (docs/guides/README.md: "Undo"). One `<Toaster>` is
 * mounted in the app's providers; sonner announces each toast through an aria-live region.
 * Undo is offered only where the API can put things back as they were.
 */
import { toast } from 'sonner';

export interface UndoAction {
  /** Puts things back through the API (re-creates, unarchives, re-adds). */
  run: () => Promise<unknown>;
  /** Said once it worked: "Time entry restored". */
  done: string;
}

/** How long a toast with Undo stays: long enough to read and reach the button. */
const UNDO_DURATION_MS = 10_000;

export function notifyDone(message: string, undo?: UndoAction): void {
  if (!undo) {
    toast.success(message);
    return;
  }
  toast.success(message, {
    duration: UNDO_DURATION_MS,
    action: {
      label: 'Undo',
      onClick: () => {
        undo.run().then(
          () => toast.success(undo.done),
          (error: unknown) => toast.error(`Could not undo: ${error instanceof Error ? error.message : 'something went wrong'}`),
        );
      },
    },
  });
}
