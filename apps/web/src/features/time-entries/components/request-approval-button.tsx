import { Send } from 'lucide-react';
import { useAccess, useMyPermissions } from '@/lib/access';
import type { TimeEntry } from '../api/types';

const small =
  'inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium text-accent-fg ring-1 ring-inset ring-accent-line hover:bg-accent-soft focus:outline-none focus-visible:ring-2 focus-visible:ring-focus disabled:opacity-50';

/**
 * "Request approval" on one's own finished entry (create_time_entries) that is not waiting,
 * approved or billed already; a rejected entry may be submitted again.
 */
export function RequestApprovalButton({
  entry,
  what,
  busy,
  onRequest,
}: {
  entry: TimeEntry;
  what: string;
  busy: boolean;
  onRequest: () => void;
}) {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const settled = entry.approval_status === 'pending' || entry.approval_status === 'approved' || entry.invoice_id !== null;
  if (entry.user_id !== me || entry.end_time === null || settled || !access.can('create_time_entries')) return null;
  return (
    <button type="button" className={small} disabled={busy} onClick={onRequest} aria-label={`Request approval for ${what}`}>
      <Send aria-hidden="true" className="size-3.5" /> Request approval
    </button>
  );
}
