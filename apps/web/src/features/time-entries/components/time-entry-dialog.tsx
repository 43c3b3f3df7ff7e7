import { Dialog } from '@/components/ui/dialog';
import type { TimeEntry } from '../api/types';
import { TimeEntryForm } from './time-entry-form';

interface TimeEntryDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Edit this entry; without it the dialog adds one. */
  entry?: TimeEntry | undefined;
  projectId?: number | undefined;
  /** Prefills a new entry's day and times (a gap chosen on the calendar). */
  span?: { start: Date; end: Date } | undefined;
}

export function TimeEntryDialog({ open, onOpenChange, entry, projectId, span }: TimeEntryDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={entry ? 'Edit time entry' : 'Add time entry'}>
      {open ? (
        <TimeEntryForm
          key={entry?.id ?? 'new'}
          entry={entry}
          projectId={projectId}
          span={span}
          onSaved={() => onOpenChange(false)}
          onCancel={() => onOpenChange(false)}
        />
      ) : null}
    </Dialog>
  );
}
