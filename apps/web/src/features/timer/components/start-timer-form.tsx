import { Play } from 'lucide-react';
import type { FormEvent, Ref } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';
import { ProjectPicker, TaskPicker } from '@/components/records/project-task-picker';

export interface TimerDraft {
  projectId: string;
  taskId: string;
  notes: string;
}

interface StartTimerFormProps {
  draft: TimerDraft;
  onChange: (patch: Partial<TimerDraft>) => void;
  onStart: () => void;
  pending: boolean;
  /** The start request's error, for field errors next to the inputs. */
  error: unknown;
  missingProject: boolean;
  projectFieldRef: Ref<HTMLDivElement>;
}

/** What the next timer is for: a project where one may log time, optionally a task and notes. */
export function StartTimerForm({ draft, onChange, onStart, pending, error, missingProject, projectFieldRef }: StartTimerFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart();
  };
  return (
    <form onSubmit={submit} className="space-y-4" aria-label="Start the timer">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div ref={projectFieldRef}>
          <ProjectPicker
            value={draft.projectId}
            onChange={(projectId) => onChange({ projectId, taskId: '' })}
            action="log_own_time"
            error={missingProject ? 'Choose a project to start the timer' : fieldError(error, 'project_id')}
          />
        </div>
        <TaskPicker
          projectId={draft.projectId ? Number(draft.projectId) : undefined}
          value={draft.taskId}
          onChange={(taskId) => onChange({ taskId })}
          error={fieldError(error, 'task_id')}
        />
      </div>
      <TextField
        label="What are you working on? (optional)"
        value={draft.notes}
        maxLength={5000}
        onChange={(e) => onChange({ notes: e.target.value })}
        error={fieldError(error, 'notes')}
      />
      <Button type="submit" disabled={pending} className="w-full gap-2 py-3 text-base sm:w-auto">
        <Play aria-hidden="true" className="size-5" /> {pending ? 'Starting…' : 'Start timer'}
      </Button>
    </form>
  );
}
