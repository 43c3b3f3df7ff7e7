import { useState } from 'react';

/** What a list's delete button needs of its delete mutation (a TanStack `useMutation` result); it gets the record, for its Undo. */
interface DeleteMutation<T> {
  mutate: (record: T, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: Error | null;
}

type Editing<T> = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; record: T };

/**
 * The add/edit dialog and the delete confirmation of a list (time entries, expenses, tasks…):
 * which record is being edited or deleted, and the props of the two dialogs.
 */
export function useListEditing<T extends { id: number }>(remove: DeleteMutation<T>) {
  const [editing, setEditing] = useState<Editing<T>>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<T | null>(null);
  const close = () => setEditing({ mode: 'closed' });
  return {
    /** The add/edit dialog is open. */
    isOpen: editing.mode !== 'closed',
    /** The record being edited; undefined when adding (or closed). */
    edited: editing.mode === 'edit' ? editing.record : undefined,
    startNew: () => setEditing({ mode: 'new' }),
    startEdit: (record: T) => setEditing({ mode: 'edit', record }),
    close,
    onOpenChange: (open: boolean) => {
      if (!open) close();
    },
    /** The record whose deletion awaits confirmation. */
    deleting,
    askDelete: (record: T) => {
      remove.reset();
      setDeleting(record);
    },
    /** Props of the ConfirmDialog that deletes `deleting`. */
    confirm: {
      open: deleting !== null,
      onOpenChange: (open: boolean) => {
        if (!open) setDeleting(null);
      },
      onConfirm: () => {
        if (deleting) remove.mutate(deleting, { onSuccess: () => setDeleting(null) });
      },
      pending: remove.isPending,
      error: remove.error,
      pendingLabel: 'Working…',
      errorTitle: 'Could not complete this',
    },
  };
}
