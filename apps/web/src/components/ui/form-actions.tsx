import { Button } from './button';

interface FormActionsProps {
  onCancel: () => void;
  submitLabel: string;
  /** Shown on the submit button while the request runs. */
  pendingLabel: string;
  pending: boolean;
  className?: string;
}

/** A form's footer: Cancel, then the submit button, which waits for the request. */
export function FormActions({
  onCancel,
  submitLabel,
  pendingLabel,
  pending,
  className = 'flex flex-wrap justify-end gap-2',
}: FormActionsProps) {
  return (
    <div className={className}>
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </div>
  );
}
