import { Button } from '@/components/ui/button';

interface FormActionsProps {
  onCancel: () => void;
  /** The save request is under way. */
  pending: boolean;
  /** The form edits an existing record ("Save changes") rather than adding one (`addLabel`). */
  editing: boolean;
  addLabel: string;
}

/** Cancel and submit at the foot of an add/edit form in a dialog. */
export function FormActions({ onCancel, pending, editing, addLabel }: FormActionsProps) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : editing ? 'Save changes' : addLabel}
      </Button>
    </div>
  );
}
