import { SelectField } from '@/components/ui/select-field';
import { useAccess, useMyPermissions } from '@/lib/access';
import { useProjectMembers } from '@/lib/records/people-options';
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
 * With assign_tasks: any member of the project (who can therefore see the task). Without it the
 * API allows only taking a task oneself or dropping one's own assignment: "Me" or nobody.
 */
export function AssigneeSelect({ projectId, value, onChange, current, error }: AssigneeSelectProps) {
  const canAssign = useAccess().can('assign_tasks');
  const me = useMyPermissions().data?.user_id;
  const members = useProjectMembers(canAssign ? projectId : undefined);
  const people = new Map<number, string>();
  if (canAssign) for (const m of members.data ?? []) people.set(m.id, m.id === me ? `${m.name} (me)` : m.name);
  if (me !== undefined && !people.has(me)) people.set(me, 'Me');
  if (current && !people.has(current.id)) people.set(current.id, current.name);
  return (
    <SelectField
      label="Assignee"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={[...people].map(([id, name]) => ({ value: String(id), label: name }))}
      placeholder="Unassigned"
      error={error}
    />
  );
}
