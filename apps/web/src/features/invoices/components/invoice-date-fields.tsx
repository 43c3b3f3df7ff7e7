import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';

interface InvoiceDateFieldsProps {
  issueDate: string;
  dueDate: string;
  onIssueDate: (day: string) => void;
  onDueDate: (day: string) => void;
  /** The request's error, whose issue_date / due_date messages go beside the fields. */
  error: unknown;
}

/** A draft's issue date (required) and due date (optional), as days of the calendar. */
export function InvoiceDateFields({ issueDate, dueDate, onIssueDate, onDueDate, error }: InvoiceDateFieldsProps) {
  return (
    <>
      <TextField
        label="Issue date"
        type="date"
        required
        value={issueDate}
        onChange={(e) => onIssueDate(e.target.value)}
        error={fieldError(error, 'issue_date')}
      />
      <TextField
        label="Due date (optional)"
        type="date"
        value={dueDate}
        onChange={(e) => onDueDate(e.target.value)}
        error={fieldError(error, 'due_date')}
      />
    </>
  );
}
