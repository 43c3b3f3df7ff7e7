import { CheckboxInput } from '@/components/ui/checkbox';
import { DataTable, type Column } from '@/components/ui/data-table';
import type { Dates } from '@/lib/dates';
import { useDates } from '@/lib/time-settings';
import { formatDuration } from '@/lib/duration';
import type { Approval } from '../api/types';
import { ApprovalRowActions } from './approval-row-actions';
import { ApprovalStatusBadge } from './approval-status-badge';

/** The day of the entry, the person's calendar day of its start. */
export const approvalDay = (a: Approval, dates: Dates) => dates.formatDay(dates.dayOf(a.time_entry.start_time));
export const describeApproval = (a: Approval, dates: Dates) =>
  `${a.time_entry.user.name}, ${approvalDay(a, dates)} ${dates.formatClock(a.time_entry.start_time)}`;

interface ApprovalsTableProps {
  approvals: Approval[];
  me: number | undefined;
  /** The decision queue: rows get checkboxes and Approve / Reject. */
  decidable: boolean;
  selected: ReadonlySet<number>;
  onToggle: (id: number, on: boolean) => void;
  onToggleAll: (on: boolean) => void;
  busyId: number | null;
  onApprove: (a: Approval) => void;
  onReject: (a: Approval) => void;
  onCancel: (a: Approval) => void;
}

/** Approval requests with their entries: person, project, date, time, duration, notes, status. */
export function ApprovalsTable({
  approvals,
  me,
  decidable,
  selected,
  onToggle,
  onToggleAll,
  busyId,
  onApprove,
  onReject,
  onCancel,
}: ApprovalsTableProps) {
  const dates = useDates();
  const { formatClock } = dates;
  const allSelected = approvals.length > 0 && approvals.every((a) => selected.has(a.id));
  const columns: Column<Approval>[] = [
    { key: 'person', header: 'Person', card: 'title', cell: (a) => a.time_entry.user.name },
    { key: 'project', header: 'Project', card: 'subtitle', cell: (a) => a.time_entry.project.name },
    { key: 'date', header: 'Date', card: 'meta', cell: (a) => <span className="whitespace-nowrap">{approvalDay(a, dates)}</span> },
    {
      key: 'time',
      header: 'Time',
      card: 'meta',
      cell: (a) => (
        <span className="whitespace-nowrap tabular-nums">
          {formatClock(a.time_entry.start_time)}–{a.time_entry.end_time ? formatClock(a.time_entry.end_time) : ''}
        </span>
      ),
    },
    {
      key: 'duration',
      header: 'Duration',
      className: 'text-right tabular-nums',
      card: 'aside',
      cell: (a) => formatDuration(a.time_entry.duration_seconds),
    },
    {
      key: 'notes',
      header: 'Description',
      card: 'text',
      cardCell: (a) =>
        a.time_entry.notes || a.comment ? (
          <>
            <span className="line-clamp-3 break-words">{a.time_entry.notes}</span>
            {a.comment ? <span className="block text-xs text-fg-subtle">Comment: {a.comment}</span> : null}
          </>
        ) : null,
      cell: (a) => (
        <span className="line-clamp-2 max-w-xs break-words" title={a.time_entry.notes}>
          {a.time_entry.notes || <span className="text-fg-subtle">—</span>}
          {a.comment ? <span className="block text-xs text-fg-subtle">Comment: {a.comment}</span> : null}
        </span>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      card: 'status',
      cell: (a) => (
        <span className="flex flex-col items-start gap-1">
          <ApprovalStatusBadge status={a.status} />
          {a.reason ? <span className="text-xs text-danger-fg">Reason: {a.reason}</span> : null}
        </span>
      ),
    },
    {
      key: 'actions',
      header: 'Actions',
      card: 'actions',
      cell: (a) => (
        <ApprovalRowActions
          approval={a}
          decidable={decidable}
          me={me}
          what={describeApproval(a, dates)}
          busy={busyId === a.id}
          onApprove={() => onApprove(a)}
          onReject={() => onReject(a)}
          onCancel={() => onCancel(a)}
        />
      ),
    },
  ];
  if (decidable) {
    columns.unshift({
      key: 'select',
      header: 'Select',
      card: 'select',
      cell: (a) => (
        <CheckboxInput
          checked={selected.has(a.id)}
          onChange={(e) => onToggle(a.id, e.target.checked)}
          aria-label={`Select ${describeApproval(a, dates)}`}
        />
      ),
    });
  }
  return (
    <>
      {decidable ? (
        <label className="mb-2 flex items-center gap-2 text-sm text-fg-secondary">
          <CheckboxInput checked={allSelected} onChange={(e) => onToggleAll(e.target.checked)} />
          Select all on this page
        </label>
      ) : null}
      <DataTable rows={approvals} columns={columns} rowKey={(a) => a.id} caption="Approval requests" />
    </>
  );
}
