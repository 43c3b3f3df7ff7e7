import { SearchSelect, usePickedOption } from '@/components/ui/search-select';
import { SelectField } from '@/components/ui/select-field';
import { useAccess, useMyPermissions } from '@/lib/access';
import { useMembersSource } from '@/lib/records/people-options';
import type { Task } from '../api/types';

interface AssigneeSelectProps {
  projectId: number | undefined;
  value: string;
  onChange: (assigneeId: string) => void;
  /** The task's current assignee, kept as a choice even when not pickable. */
  current?: Task['assignee'] | undefined;
  error?: string | undefined;
}

/**
 * With assign_tasks: any member of the project (who can therefore see the task), searched on the
 * server as one types. Without it the API allows only taking a task oneself or dropping one's own
 * assignment: "Me" or nobody.
 */
export function AssigneeSelect({ projectId, value, onChange, current, error }: AssigneeSelectProps) {
  const canAssign = useAccess().can('assign_tasks');
  const me = useMyPermissions().data?.user_id;
  const members = useMembersSource(canAssign ? projectId : undefined);
  const known = new Map<number, string>();
  if (me !== undefined) known.set(me, 'Me');
  if (current) known.set(current.id, current.id === me ? 'Me' : current.name);
  const label = (id: number, name: string) => (id === me ? `${name} (me)` : name);
  const [selected, setPicked] = usePickedOption(value, known.get(Number(value)) ?? 'A member');

  if (!members) {
    return (
      <SelectField
        label="Assignee"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        options={[...known].map(([id, name]) => ({ value: String(id), label: name }))}
        placeholder="Unassigned"
        error={error}
      />
    );
  }
  return (
    <SearchSelect
      label="Assignee"
      value={selected}
      onChange={(o) => {
        setPicked(o);
        onChange(o?.value ?? '');
      }}
      queryKey={members.key}
      search={async (q, signal) => (await members.search(q, signal)).map((p) => ({ value: String(p.id), label: label(p.id, p.name) }))}
      placeholder="Unassigned"
      searchPlaceholder="Type a member's name"
      emptyText="No member matches."
      clearable
      error={error}
    />
  );
}
