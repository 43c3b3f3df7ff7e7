import { Pencil, Trash2 } from 'lucide-react';
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

const iconButton =
  'inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600';

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
      {onEdit && allowed.edit ? (
        <button
          type="button"
          className={`${iconButton} text-slate-700 ring-slate-300 hover:bg-slate-100`}
          onClick={onEdit}
          aria-label={`Edit ${what}`}
        >
          <Pencil aria-hidden="true" className="size-3.5" /> Edit
        </button>
      ) : null}
      {onDelete && allowed.remove ? (
        <button
          type="button"
          className={`${iconButton} text-red-700 ring-red-200 hover:bg-red-50`}
          onClick={onDelete}
          aria-label={`Delete ${what}`}
        >
          <Trash2 aria-hidden="true" className="size-3.5" /> Delete
        </button>
      ) : null}
    </span>
  );
}
