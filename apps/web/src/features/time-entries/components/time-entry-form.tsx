import { useState, type FormEvent } from 'react';
import { FormActions } from '@/components/records/form-actions';
import { Checkbox } from '@/components/ui/checkbox';
import { EmptyState } from '@/components/ui/empty-state';
import { Spinner } from '@/components/ui/spinner';
import { fieldError } from '@/lib/field-errors';
import { useDates } from '@/lib/time-settings';
import { useCreateTimeEntry } from '../api/create-time-entry';
import { ProjectPicker, TaskPicker } from '@/components/records/project-task-picker';
import type { ProjectOption } from '@/lib/records/project-options';
import { useNoProjectAllowing } from '@/lib/records/project-search';
import type { TimeEntry } from '../api/types';
import { useUpdateTimeEntry } from '../api/update-time-entry';
import {
  buildEntryBody,
  buildEntryUpdate,
  buildRunningEntryBody,
  ENTRY_FIELD_PATHS,
  entryValues,
  newEntryValues,
  spanEntryValues,
  type EntryFormErrors,
  type EntryFormValues,
} from '../lib/entry-form';
import { newIdempotencyKey } from '../lib/idempotency-key';
import { EntryPersonSelect } from './entry-person-select';
import { EntryTimeFields } from './entry-time-fields';
import { FormError } from '@/components/ui/form-error';
import { TextareaField } from '@/components/ui/textarea-field';

interface TimeEntryFormProps {
  /** Edit this entry; without it the form creates one. */
  entry?: TimeEntry;
  /** Preselects the project of a new entry (e.g. on a project page). */
  projectId?: number;
  /** Prefills a new entry's day and times (a gap chosen on the calendar). */
  span?: { start: Date; end: Date } | undefined;
  onSaved: (entry: TimeEntry) => void;
  onCancel: () => void;
}

const API_FIELDS = Object.values(ENTRY_FIELD_PATHS);

/** Create or edit a time entry: project, task, (for whom, where allowed), day, start/end or duration, billable, notes. */
export function TimeEntryForm({ entry, projectId, span, onSaved, onCancel }: TimeEntryFormProps) {
  const dates = useDates();
  const [values, setValues] = useState<EntryFormValues>(() =>
    entry ? entryValues(entry, dates) : span ? spanEntryValues(span, projectId, dates) : newEntryValues(new Date(), projectId, dates),
  );
  const [clientErrors, setClientErrors] = useState<EntryFormErrors>({});
  const [idempotencyKey] = useState(newIdempotencyKey);
  const loggable = useNoProjectAllowing('log_own_time', entry === undefined);
  const create = useCreateTimeEntry();
  const update = useUpdateTimeEntry();
  const mutation = entry ? update : create;
  const running = entry !== undefined && entry.end_time === null;

  const change = (patch: Partial<EntryFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setClientErrors((e) => ({ ...e, ...Object.fromEntries(Object.keys(patch).map((k) => [k, undefined])) }));
  };
  const changeProject = (id: string, project: ProjectOption | undefined) => {
    change({ projectId: id, userId: '', taskId: '', ...(entry || !project ? {} : { billable: project.billable }) });
  };
  const errorFor = (field: keyof typeof ENTRY_FIELD_PATHS) => clientErrors[field] ?? fieldError(mutation.error, ENTRY_FIELD_PATHS[field]);
  // The fields on screen: an API error on a hidden one is shown in full above the form.
  const shownFields = API_FIELDS.filter((f) => f !== (values.mode === 'range' ? 'duration_seconds' : 'end_time'));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (running) return update.mutate({ id: entry.id, body: buildRunningEntryBody(values) }, { onSuccess: onSaved });
    if (entry) {
      // Only what changed: a time left alone keeps its seconds (the fields show minutes).
      const changed = buildEntryUpdate(entry, values, dates);
      if (changed.errors) return setClientErrors(changed.errors);
      if (Object.keys(changed.body).length === 0) return onSaved(entry);
      return update.mutate({ id: entry.id, body: changed.body }, { onSuccess: onSaved });
    }
    const built = buildEntryBody(values, undefined, dates);
    if (built.errors) return setClientErrors(built.errors);
    create.mutate({ body: built.body, idempotencyKey }, { onSuccess: onSaved });
  }

  if (loggable.isPending) return <Spinner label="Loading your projects…" />;
  if (loggable.none) {
    return (
      <EmptyState title="No project to log time on">
        Logging time needs the “edit time and expenses” level on a project, or its Track Time flag. A project administrator can grant it.
      </EmptyState>
    );
  }

  const fieldErrors = { ...clientErrors, start: errorFor('start'), end: errorFor('end'), duration: errorFor('duration') };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError error={mutation.error} fields={shownFields} />
      {running ? (
        <p className="text-sm text-fg-muted">This entry is running: stop the timer to set its end. You can change its task and notes.</p>
      ) : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <ProjectPicker
          value={values.projectId}
          onChange={changeProject}
          action="log_own_time"
          disabled={running}
          error={errorFor('projectId')}
        />
        <TaskPicker
          projectId={values.projectId ? Number(values.projectId) : undefined}
          value={values.taskId}
          onChange={(taskId) => change({ taskId })}
          error={errorFor('taskId')}
        />
        {entry ? null : (
          <EntryPersonSelect
            projectId={values.projectId ? Number(values.projectId) : undefined}
            value={values.userId}
            onChange={(userId) => change({ userId })}
            error={errorFor('userId')}
          />
        )}
      </div>
      <EntryTimeFields values={values} errors={fieldErrors} onChange={change} disabled={running} />
      <Checkbox label="Billable" checked={values.billable} disabled={running} onChange={(e) => change({ billable: e.target.checked })} />
      <TextareaField
        label="Notes"
        value={values.notes}
        maxLength={5000}
        onChange={(e) => change({ notes: e.target.value })}
        error={errorFor('notes')}
      />
      <FormActions onCancel={onCancel} pending={mutation.isPending} editing={entry !== undefined} addLabel="Add entry" />
    </form>
  );
}
