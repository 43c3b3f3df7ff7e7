import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { Spinner } from '@/components/ui/spinner';
import { projectSelectOptions, useProjectOptions, useProjectsAllowing } from '@/lib/records/project-options';
import { TaskSelect, useProjectTasks } from '@/features/tasks';
import type { RowRef } from '../lib/grid';

interface AddRowFormProps {
  onAdd: (row: RowRef) => void;
  onCancel: () => void;
}

/** A project where the person may log their own time, and optionally one of its tasks (the time-entry form's pickers). */
export function AddRowForm({ onAdd, onCancel }: AddRowFormProps) {
  const [projectId, setProjectId] = useState('');
  const [taskId, setTaskId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const projects = useProjectOptions();
  const loggable = useProjectsAllowing(projects.data, 'log_own_time');
  const tasks = useProjectTasks(projectId ? Number(projectId) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const project = projects.byId.get(Number(projectId));
    if (!project) return setError('Choose a project');
    const task = taskId ? (tasks.data ?? []).find((t) => t.id === Number(taskId)) : undefined;
    onAdd({ project: { id: project.id, name: project.name }, task: task ? { id: task.id, name: task.name } : null });
  }

  if (projects.isPending || loggable.isPending) return <Spinner label="Loading your projects…" />;
  return (
    <form
      onSubmit={submit}
      aria-label="Add a row"
      className="grid grid-cols-1 items-end gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_1fr_auto]"
    >
      <SelectField
        label="Project"
        value={projectId}
        onChange={(e) => {
          setProjectId(e.target.value);
          setTaskId('');
          setError(undefined);
        }}
        options={projectSelectOptions(loggable.allowed)}
        placeholder={loggable.allowed.length ? 'Choose a project' : 'No project to log time on'}
        error={error}
      />
      <TaskSelect projectId={projectId ? Number(projectId) : undefined} value={taskId} onChange={setTaskId} />
      <div className="flex gap-2">
        <Button type="submit">Add</Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
