import { Square } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { TimeEntry } from '@/features/time-entries';
import { TextareaField } from '@/components/ui/textarea-field';
import { useDates } from '@/lib/time-settings';
import { formatElapsed } from '@/lib/duration';
import { ErrorMessage } from '@/components/ui/error-message';
import type { NotesSaveState } from '../lib/use-notes-autosave';

interface RunningTimerProps {
  entry: TimeEntry;
  elapsed: number;
  projectName: string;
  taskName: string | undefined;
  notes: string;
  onNotesChange: (notes: string) => void;
  onNotesBlur: () => void;
  /** Where saving the notes typed while the timer runs stands (PATCH /timer). */
  notesSave: NotesSaveState;
  notesSaveError: unknown;
  onStop: () => void;
  pending: boolean;
}

const SAVE_LABELS = { idle: '', saving: 'Saving…', saved: 'Saved', error: '' } as const;

/** The running entry: a ticking clock, what it is for, notes saved as they are typed, Stop. */
export function RunningTimer({
  entry,
  elapsed,
  projectName,
  taskName,
  notes,
  onNotesChange,
  onNotesBlur,
  notesSave,
  notesSaveError,
  onStop,
  pending,
}: RunningTimerProps) {
  const { formatClock } = useDates();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone="green">Running</Badge>
        <span className="text-sm text-fg-muted">since {formatClock(entry.start_time)}</span>
      </div>
      <p
        role="timer"
        aria-label="Elapsed time"
        className="font-mono text-5xl font-semibold tabular-nums tracking-tight text-fg sm:text-6xl"
      >
        {formatElapsed(elapsed)}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-fg-subtle">Project</dt>
        <dd className="font-medium text-fg">{projectName}</dd>
        <dt className="text-fg-subtle">Task</dt>
        <dd className="text-fg">{taskName ?? '—'}</dd>
        <dt className="text-fg-subtle">Billable</dt>
        <dd className="text-fg">{entry.billable ? 'Yes' : 'No'}</dd>
      </dl>
      <TextareaField
        label="Notes"
        hint="Saved with the entry as you type."
        value={notes}
        rows={2}
        maxLength={5000}
        onChange={(e) => onNotesChange(e.target.value)}
        onBlur={onNotesBlur}
      />
      <p role="status" className="min-h-5 text-sm text-fg-subtle">
        {SAVE_LABELS[notesSave]}
      </p>
      {notesSave === 'error' ? <ErrorMessage error={notesSaveError} title="Could not save the notes" /> : null}
      <Button variant="danger" onClick={onStop} disabled={pending} className="w-full gap-2 py-3 text-base sm:w-auto">
        <Square aria-hidden="true" className="size-5" /> {pending ? 'Stopping…' : 'Stop timer'}
      </Button>
    </div>
  );
}
