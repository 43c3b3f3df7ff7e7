import { Check, Undo2, X, type LucideIcon } from 'lucide-react';
import { useProjectAccess } from '@/lib/access';
import type { Approval } from '../api/types';

interface ApprovalRowActionsProps {
  approval: Approval;
  /** The row is in the caller's decision queue (the API vouches they may decide on it). */
  decidable: boolean;
  me: number | undefined;
  /** Names the row for screen readers: "Dana Developer, Mon 3 Mar". */
  what: string;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
  onCancel: () => void;
}

const small =
  'inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset focus:outline-none focus-visible:ring-2 focus-visible:ring-focus disabled:opacity-50';

/**
 * Approve / Reject for a pending request in the queue on a project where the caller may approve
 * time; Cancel for the caller's own pending request.
 */
export function ApprovalRowActions({ approval, decidable, me, what, busy, onApprove, onReject, onCancel }: ApprovalRowActionsProps) {
  const project = useProjectAccess(decidable ? approval.time_entry.project_id : undefined);
  const pending = approval.status === 'pending';
  const mayDecide = pending && decidable && project.can('approve_time');
  const mayCancel = pending && approval.requested_by === me;
  if (!mayDecide && !mayCancel) return null;
  return (
    <span className="flex gap-1 whitespace-nowrap">
      {mayDecide ? (
        <>
          <RowButton tone={TONES.approve} icon={Check} label="Approve" ariaLabel={`Approve ${what}`} busy={busy} onClick={onApprove} />
          <RowButton tone={TONES.reject} icon={X} label="Reject" ariaLabel={`Reject ${what}`} busy={busy} onClick={onReject} />
        </>
      ) : null}
      {mayCancel ? (
        <RowButton
          tone={TONES.cancel}
          icon={Undo2}
          label="Cancel request"
          ariaLabel={`Cancel request for ${what}`}
          busy={busy}
          onClick={onCancel}
        />
      ) : null}
    </span>
  );
}

const TONES = {
  approve: 'text-success-fg ring-success-line hover:bg-success-soft',
  reject: 'text-danger-fg ring-danger-line hover:bg-danger-soft',
  cancel: 'text-fg-secondary ring-line-strong hover:bg-surface-strong',
};

interface RowButtonProps {
  tone: string;
  icon: LucideIcon;
  label: string;
  ariaLabel: string;
  busy: boolean;
  onClick: () => void;
}

function RowButton({ tone, icon: Icon, label, ariaLabel, busy, onClick }: RowButtonProps) {
  return (
    <button type="button" disabled={busy} className={`${small} ${tone}`} onClick={onClick} aria-label={ariaLabel}>
      <Icon aria-hidden="true" className="size-3.5" /> {label}
    </button>
  );
}
