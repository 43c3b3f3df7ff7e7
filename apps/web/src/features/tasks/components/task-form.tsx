import { useState, type FormEvent } from 'react';
import { FormActions } from '@/components/records/form-actions';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/select-field';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';
import { projectSelectOptions, useProjectOptions, useProjectsAllowing } from '@/lib/records/project-options';
import { FormError } from '@/components/ui/form-error';
import { TextareaField } from '@/components/ui/textarea-field';
import { useCreateTask } from '../api/create-task';
import type { Task } from '../api/types';
import { TASK_STATUSES } from '../lib/task-status';
import { useUpdateTask } from '../api/update-task';
import { createTaskBody, TASK_FIELD_PATHS, taskValues, updateTaskBody, type TaskFormValues } from '../lib/task-form';
import { AssigneeSelect } from './assignee-select';

interface TaskFormProps {
  task?: Task | undefined;
  projectId?: number | undefined;
  onDone: () => void;
}

/** Create or edit a task: project (new tasks only), name, description, status, assignee, due date. */
export function TaskForm({ task, projectId, onDone }: TaskFormProps) {
  const [values, setValues] = useState<TaskFormValues>(() => taskValues(task, projectId));
  const projects = useProjectOptions();
  const editable = useProjectsAllowing(task ? [] : projects.data, 'edit_tasks');
  const create = useCreateTask();
  const update = useUpdateTask();
  const mutation = task ? update : create;
  const set = (patch: Partial<TaskFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const errorFor = (field: keyof TaskFormValues) => fieldError(mutation.error, TASK_FIELD_PATHS[field]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!task) return create.mutate(createTaskBody(values), { onSuccess: onDone });
    const body = updateTaskBody(task, values);
    if (Object.keys(body).length === 0) return onDone();
    update.mutate({ id: task.id, body }, { onSuccess: onDone });
  }

  if (!task && (projects.isPending || editable.isPending)) return <Spinner label="Loading your projects…" />;
  if (!task && editable.allowed.length === 0) {
    return <EmptyState title="No project to add tasks to">Adding tasks needs at least the “edit tasks” level on a project.</EmptyState>;
  }
  const project = values.projectId ? Number(values.projectId) : undefined;
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError error={mutation.error} fields={Object.values(TASK_FIELD_PATHS)} />
      {task ? (
        <p className="text-sm text-fg-muted">Project: {projects.byId.get(task.project_id)?.name ?? `Project ${task.project_id}`}</p>
      ) : (
        <SelectField
          label="Project"
          required
          value={values.projectId}
          onChange={(e) => set({ projectId: e.target.value, assigneeId: '' })}
          options={projectSelectOptions(editable.allowed)}
          placeholder="Choose a project"
          error={errorFor('projectId')}
        />
      )}
      <TextField
        label="Name"
        required
        maxLength={200}
        value={values.name}
        onChange={(e) => set({ name: e.target.value })}
        error={errorFor('name')}
      />
      <TextareaField
        label="Description"
        maxLength={5000}
        value={values.description}
        onChange={(e) => set({ description: e.target.value })}
        error={errorFor('description')}
      />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <SelectField
          label="Status"
          value={values.status}
          onChange={(e) => set({ status: e.target.value as TaskFormValues['status'] })}
          options={TASK_STATUSES.map((s) => ({ value: s.value, label: s.label }))}
          error={errorFor('status')}
        />
        <AssigneeSelect
          projectId={project}
          value={values.assigneeId}
          onChange={(assigneeId) => set({ assigneeId })}
          current={task?.assignee}
          error={errorFor('assigneeId')}
        />
        <TextField
          label="Due date"
          type="date"
          value={values.dueDate}
          onChange={(e) => set({ dueDate: e.target.value })}
          error={errorFor('dueDate')}
        />
      </div>
      <FormActions onCancel={onDone} pending={mutation.isPending} editing={task !== undefined} addLabel="Add task" />
    </form>
  );
}
