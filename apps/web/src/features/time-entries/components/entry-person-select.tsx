import { SelectField } from '@/components/ui/select-field';
import { useMyPermissions, useProjectAccess } from '@/lib/access';
import { useProjectRecorders } from '@/lib/records/people-options';

interface EntryPersonSelectProps {
  projectId: number | undefined;
  /** '' for the caller's own time, else a user id. */
  value: string;
  onChange: (userId: string) => void;
  error?: string | undefined;
}

/**
 * Whose time a new entry is, shown only where the caller may log time for others on the project
 * (`edit_others_time`: Edit Financials, or `edit_all_time_entries`). It offers the members who
 * may log time there themselves (docs/guides/tracking-time.md#changing-and-deleting-entries).
 */
export function EntryPersonSelect({ projectId, value, onChange, error }: EntryPersonSelectProps) {
  const project = useProjectAccess(projectId);
  const mayLogForOthers = projectId !== undefined && project.can('edit_others_time');
  const me = useMyPermissions().data?.user_id;
  const recorders = useProjectRecorders(mayLogForOthers ? projectId : undefined, 'log_own_time');
  if (!mayLogForOthers) return null;
  const others = (recorders.data ?? []).filter((p) => p.id !== me).map((p) => ({ value: String(p.id), label: p.name }));
  return (
    <SelectField
      label="Person"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={[{ value: '', label: 'Me' }, ...others]}
      error={error}
      aria-busy={recorders.isPending}
    />
  );
}
