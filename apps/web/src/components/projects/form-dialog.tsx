import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';

/** What the dialog shows of the mutation it submits to (a TanStack `useMutation` result). */
interface SubmitState {
  error: unknown;
  isPending: boolean;
  reset: () => void;
}

/**
 * The open state and the form values of a dialog: the values start again from `initial()` each
 * time it opens, and closing it clears the mutation's last answer.
 */
export function useFormDialog<V>(initial: () => V, mutation: Pick<SubmitState, 'reset'>) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(initial);
  const onOpenChange = (next: boolean) => {
    if (next) setValues(initial());
    else mutation.reset();
    setOpen(next);
  };
  return { open, onOpenChange, values, setValues };
}

interface FormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  mutation: SubmitState;
  /** Heads the API's refusal, shown above the fields (field errors also stand next to their field). */
  errorTitle: string;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: () => void;
  noValidate?: boolean;
  children: ReactNode;
}

/**
 * A dialog holding one form: the API's refusal, the fields, then Cancel and the submit button
 * (disabled while the request runs). The project page's dialogs: project details, members.
 */
export function FormDialog({
  open,
  onOpenChange,
  title,
  description,
  mutation,
  errorTitle,
  submitLabel,
  pendingLabel,
  onSubmit,
  noValidate,
  children,
}: FormDialogProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description}>
      <form onSubmit={submit} noValidate={noValidate} className="space-y-4">
        {mutation.error ? <ErrorMessage error={mutation.error} title={errorTitle} /> : null}
        {children}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? pendingLabel : submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
