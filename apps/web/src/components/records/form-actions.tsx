import { FormActions as Actions } from '@/components/ui/form-actions';

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
  return <Actions onCancel={onCancel} pending={pending} submitLabel={editing ? 'Save changes' : addLabel} pendingLabel="Saving…" />;
}
