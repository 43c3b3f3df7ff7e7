import { Play } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { useAccess } from '@/lib/access';
import { useProjectOptions } from '@/lib/records/project-options';
import type { TimeEntry } from '@/features/time-entries';
import { useContinueEntry } from '../api/continue-entry';

export interface ContinueAction {
  /** The Continue (▶) button of a finished entry (nothing for a running one); absent for those who may not create time entries. */
  button?: (entry: TimeEntry) => ReactNode;
  /** Why the last Continue was refused (e.g. a timer already runs), in the API's words; null otherwise. */
  error: ReactNode;
}

/**
 * Continue (▶) for entry lists: starts the timer again like a finished entry (project, task, notes,
 * billable) with POST /time-entries/{id}/continue, offered to those who may create time entries, as
 * Start is (docs/guides/tracking-time.md). The timer page's Today list and the time entries page share it.
 */
export function useContinueAction(): ContinueAction {
  const canTrack = useAccess().can('create_time_entries');
  const projects = useProjectOptions();
  const continuing = useContinueEntry();
  const button = (entry: TimeEntry) => {
    if (entry.end_time === null) return null;
    const project = projects.byId.get(entry.project_id)?.name ?? `Project ${entry.project_id}`;
    return (
      <Button
        variant="secondary"
        className="px-2 py-1"
        aria-label={`Continue ${project}`}
        title={`Continue ${project}`}
        disabled={continuing.isPending}
        onClick={() => continuing.mutate(entry.id)}
      >
        <Play aria-hidden="true" className="size-4" />
      </Button>
    );
  };
  return {
    ...(canTrack ? { button } : {}),
    error: continuing.error ? <ErrorMessage error={continuing.error} title="Could not continue the entry" /> : null,
  };
}
