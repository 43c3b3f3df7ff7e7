import { Button } from './button';

interface FormActionsProps {
  onCancel: () => void;
  submitLabel: string;
  /** Shown on the submit button while the request runs. */
  pendingLabel: string;
  pending: boolean;
  /** The form cannot be sent as it is (e.g. a date range that ends before it starts, said beside its field). */
  disabled?: boolean;
  className?: string;
}

/** A form's footer: Cancel, then the submit button, which waits for the request. */
export function FormActions({
  onCancel,
  submitLabel,
  pendingLabel,
  pending,
  disabled = false,
  className = 'flex flex-wrap justify-end gap-2',
}: FormActionsProps) {
  return (
    <div className={className}>
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" disabled={pending || disabled}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </div>
  );
}
