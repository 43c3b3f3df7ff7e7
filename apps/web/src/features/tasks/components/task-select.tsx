import { SelectField } from '@/components/ui/select-field';
import { useProjectTasks } from '../api/get-tasks';

interface TaskSelectProps {
  projectId: number | undefined;
  value: string;
  onChange: (taskId: string) => void;
  error?: string | undefined;
  label?: string;
  disabled?: boolean;
}

/** The open tasks of one project (plus the one already chosen, even when done); optional. */
export function TaskSelect({ projectId, value, onChange, error, label = 'Task (optional)', disabled }: TaskSelectProps) {
  const tasks = useProjectTasks(projectId);
  const options = (tasks.data ?? [])
    .filter((t) => t.status !== 'done' || String(t.id) === value)
    .map((t) => ({ value: String(t.id), label: t.status === 'done' ? `${t.name} (done)` : t.name }));
  const placeholder =
    projectId === undefined
      ? 'Choose a project first'
      : tasks.isPending
        ? 'Loading tasks…'
        : tasks.isError
          ? 'Tasks could not be loaded'
          : 'No task';
  return (
    <SelectField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={options}
      placeholder={placeholder}
      disabled={disabled || projectId === undefined}
      error={error}
    />
  );
}
