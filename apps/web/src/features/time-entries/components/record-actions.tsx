import { RowActions } from '@/components/records/row-actions';
import { useAccess, useMyPermissions, useProjectAccess } from '@/lib/access';
import { useProjectOptions } from '@/lib/records/project-options';
import { recordActions, type RecordRules } from '../lib/entry-access';

interface RecordActionsProps {
  rules: RecordRules;
  record: { user_id: number; project_id: number };
  /** Names the record for screen readers: "Edit time entry of Mon, 3 Mar". */
  what: string;
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}

/** Edit / Delete for one row, offered only when the rules allow them; nothing on archived projects. */
export function RecordActions({ rules, record, what, onEdit, onDelete }: RecordActionsProps) {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const project = useProjectAccess(record.project_id);
  const archived = useProjectOptions().byId.get(record.project_id)?.status === 'archived';
  if (archived) return <span className="text-xs text-slate-400">Archived project</span>;
  const allowed = recordActions(rules, access, project, record.user_id === me);
  return (
    <span className="flex gap-1 whitespace-nowrap">
      <RowActions what={what} onEdit={allowed.edit ? onEdit : undefined} onDelete={allowed.remove ? onDelete : undefined} />
    </span>
  );
}
