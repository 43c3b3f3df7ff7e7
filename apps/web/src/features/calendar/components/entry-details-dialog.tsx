import { Dialog } from '@/components/ui/dialog';
import { RecordLockNote, type TimeEntry } from '@/features/time-entries';
import { useAccess, useProjectAccess } from '@/lib/access';
import { BLOCK_TEXT, type EntryBlock } from '../lib/calendar-events';

interface EntryDetailsDialogProps {
  entry: TimeEntry | null;
  block: EntryBlock | null;
  /** "Acme Website Redesign · Design" */
  title: string;
  /** "Mon, 3 Mar 2026, 07:00–08:30" */
  when: string;
  onClose: () => void;
}

/** An entry the caller may not change, read-only, with the reason (a lock, an archived project, no right). */
export function EntryDetailsDialog({ entry, block, title, when, onClose }: EntryDetailsDialogProps) {
  const access = useAccess();
  const project = useProjectAccess(entry?.project_id);
  const canReadInvoice = project.can('view_financials') && access.can({ anyOf: ['view_own_invoices', 'view_all_invoices'] });
  return (
    <Dialog open={entry !== null} onOpenChange={(open) => (open ? undefined : onClose())} title="Time entry">
      {entry ? (
        <div className="space-y-3 text-sm">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-fg-subtle">Project</dt>
            <dd className="font-medium text-fg">{title}</dd>
            <dt className="text-fg-subtle">When</dt>
            <dd>{when}</dd>
            <dt className="text-fg-subtle">Notes</dt>
            <dd className="whitespace-pre-wrap">{entry.notes || '—'}</dd>
          </dl>
          {block ? (
            <p className="rounded-md bg-surface-muted p-2 text-fg-secondary">
              {block.kind === 'locked' ? <RecordLockNote lock={block.lock} canReadInvoice={canReadInvoice} /> : BLOCK_TEXT[block.kind]}
            </p>
          ) : null}
        </div>
      ) : null}
    </Dialog>
  );
}
