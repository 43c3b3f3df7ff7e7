import { useState, type FormEvent } from 'react';
import { ProjectPicker, TaskPicker } from '@/components/records/project-task-picker';
import { Button } from '@/components/ui/button';
import type { ProjectOption } from '@/lib/records/project-options';
import { useNoProjectAllowing, type PickerTask } from '@/lib/records/project-search';
import type { RowRef } from '../lib/grid';

interface AddRowFormProps {
  onAdd: (row: RowRef) => void;
  onCancel: () => void;
}

/** A project where the person may log their own time, and optionally one of its tasks (the time-entry form's pickers). */
export function AddRowForm({ onAdd, onCancel }: AddRowFormProps) {
  const [project, setProject] = useState<ProjectOption | undefined>();
  const [task, setTask] = useState<PickerTask | undefined>();
  const [error, setError] = useState<string | undefined>();
  const noProject = useNoProjectAllowing('log_own_time').none;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!project) return setError('Choose a project');
    onAdd({ project: { id: project.id, name: project.name }, task: task ? { id: task.id, name: task.name } : null });
  }

  return (
    <form
      onSubmit={submit}
      aria-label="Add a row"
      className="grid grid-cols-1 items-end gap-3 rounded-md bg-surface-muted p-3 sm:grid-cols-[1fr_1fr_auto]"
    >
      <ProjectPicker
        value={project ? String(project.id) : ''}
        onChange={(_, chosen) => {
          setProject(chosen);
          setTask(undefined);
          setError(undefined);
        }}
        action="log_own_time"
        placeholder={noProject ? 'No project to log time on' : 'Choose a project'}
        error={error}
      />
      <TaskPicker projectId={project?.id} value={task ? String(task.id) : ''} onChange={(_, chosen) => setTask(chosen)} />
      <div className="flex gap-2">
        <Button type="submit">Add</Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
