import { RowActions } from '@/components/records/row-actions';
import { useAccess, useMyPermissions, useProjectAccess } from '@/lib/access';
import { useProjectOptions } from '@/lib/records/project-options';
import { recordActions, recordLock, type RecordRules, type RecordState } from '../lib/entry-access';
import { RecordLockNote } from './record-lock-note';

interface RecordActionsProps {
  rules: RecordRules;
  record: { user_id: number; project_id: number } & RecordState;
  /** Names the record for screen readers: "Edit time entry of Mon, 3 Mar". */
  what: string;
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}

/**
 * Edit / Delete for one row, offered only where they can succeed: the rules allow them, the
 * project is not archived and the record is not locked by an approval or an invoice (then the
 * row says why instead).
 */
export function RecordActions({ rules, record, what, onEdit, onDelete }: RecordActionsProps) {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const project = useProjectAccess(record.project_id);
  const archived = useProjectOptions().byId.get(record.project_id)?.status === 'archived';
  if (archived) return <span className="text-xs text-fg-subtle">Archived project</span>;
  const allowed = recordActions(rules, access, project, record.user_id === me);
  if (!allowed.edit && !allowed.remove) return null;
  const lock = recordLock(record, project);
  if (lock) {
    const canReadInvoice = project.can('view_financials') && access.can({ anyOf: ['view_own_invoices', 'view_all_invoices'] });
    return <RecordLockNote lock={lock} canReadInvoice={canReadInvoice} />;
  }
  return (
    <span className="flex gap-1 whitespace-nowrap">
      <RowActions what={what} onEdit={allowed.edit ? onEdit : undefined} onDelete={allowed.remove ? onDelete : undefined} />
    </span>
  );
}
