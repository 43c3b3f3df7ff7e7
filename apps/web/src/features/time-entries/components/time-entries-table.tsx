import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { billableColumn, clampedTextColumn, projectColumn } from '@/components/records/record-columns';
import { DataTable, type Column } from '@/components/ui/data-table';
import { useTaskNames } from '@/features/tasks';
import { useProjectOptions } from '@/lib/records/project-options';
import type { RecordTableOptions } from '@/lib/records/record-table';
import type { TimeEntry } from '../api/types';
import { useDates } from '@/lib/time-settings';
import { formatDuration } from '@/lib/duration';
import { TIME_RULES } from '../lib/entry-access';
import { RecordActions } from './record-actions';
import { RequestApprovalButton } from './request-approval-button';

export interface TimeEntriesTableProps extends RecordTableOptions<TimeEntry> {
  entries: TimeEntry[];
  /** Offers "Request approval" on the caller's own finished entries. */
  onRequestApproval?: (entry: TimeEntry) => void;
  /** The entry whose approval request is on its way. */
  requestingId?: number | null;
  /** More buttons for an entry's Actions cell (Continue, on the timer page and the time entries page). */
  moreActions?: (entry: TimeEntry) => ReactNode;
}

const APPROVAL_BADGES = {
  pending: { tone: 'yellow', label: 'Awaiting approval' },
  approved: { tone: 'green', label: 'Approved' },
  rejected: { tone: 'red', label: 'Rejected' },
} as const;

/** Where the entry stands: billed, or its approval; pending, approved and billed entries are locked. */
function EntryStatus({ entry }: { entry: TimeEntry }) {
  if (entry.invoice_id !== null)
    return (
      <Badge tone="blue" title="Billed: locked until the invoice is deleted or voided">
        Invoiced
      </Badge>
    );
  if (entry.approval_status === null) return <span className="text-fg-subtle">—</span>;
  const badge = APPROVAL_BADGES[entry.approval_status];
  return <Badge tone={badge.tone}>{badge.label}</Badge>;
}

/** Time entries as a table: day, times, duration (h:mm), project, task, notes, billable; running entries marked. */
export function TimeEntriesTable({
  entries,
  showUser = false,
  hideProject = false,
  onEdit,
  onDelete,
  onRequestApproval,
  requestingId = null,
  moreActions,
}: TimeEntriesTableProps) {
  const { formatClock, formatDay, dayOf: dayOfInstant } = useDates();
  // The day an entry is on: the person's calendar day of its start.
  const dayOf = (entry: TimeEntry) => formatDay(dayOfInstant(entry.start_time));
  const projects = useProjectOptions();
  const taskNames = useTaskNames(entries.map((e) => e.project_id));

  const columns: Column<TimeEntry>[] = [
    { key: 'day', header: 'Date', card: 'meta', cell: (e) => <span className="whitespace-nowrap">{dayOf(e)}</span> },
    {
      key: 'time',
      header: 'Time',
      card: 'meta',
      cell: (e) =>
        e.end_time ? (
          <span className="whitespace-nowrap tabular-nums">
            {formatClock(e.start_time)}–{formatClock(e.end_time)}
          </span>
        ) : (
          <span className="flex items-center gap-1 whitespace-nowrap tabular-nums">
            {formatClock(e.start_time)}– <Badge tone="green">Running</Badge>
          </span>
        ),
    },
    {
      key: 'duration',
      header: 'Duration',
      className: 'text-right tabular-nums',
      card: 'aside',
      cell: (e) => (e.duration_seconds === null ? '—' : formatDuration(e.duration_seconds)),
    },
    ...projectColumn<TimeEntry>(projects, hideProject),
    {
      key: 'task',
      header: 'Task',
      card: 'subtitle',
      cardCell: (e) => (e.task_id === null ? null : (taskNames.get(e.task_id) ?? `Task ${e.task_id}`)),
      cell: (e) => (e.task_id === null ? <span className="text-fg-subtle">—</span> : (taskNames.get(e.task_id) ?? `Task ${e.task_id}`)),
    },
    ...(showUser ? [{ key: 'user', header: 'Person', card: 'meta' as const, cell: (e: TimeEntry) => e.user.name }] : []),
    clampedTextColumn<TimeEntry>('notes', 'Notes', (e) => e.notes),
    billableColumn<TimeEntry>(),
    {
      key: 'status',
      header: 'Status',
      card: 'status',
      cardCell: (e) => (e.invoice_id === null && e.approval_status === null ? null : <EntryStatus entry={e} />),
      cell: (e) => <EntryStatus entry={e} />,
    },
  ];
  if (onEdit || onDelete || onRequestApproval || moreActions) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      card: 'actions',
      cell: (e) => (
        <span className="flex flex-wrap gap-1">
          <RecordActions
            rules={TIME_RULES}
            record={e}
            what={`time entry of ${dayOf(e)}, ${formatClock(e.start_time)}`}
            onEdit={onEdit && (() => onEdit(e))}
            onDelete={onDelete && (() => onDelete(e))}
          />
          {onRequestApproval ? (
            <RequestApprovalButton
              entry={e}
              what={`time entry of ${dayOf(e)}, ${formatClock(e.start_time)}`}
              busy={requestingId === e.id}
              onRequest={() => onRequestApproval(e)}
            />
          ) : null}
          {moreActions?.(e)}
        </span>
      ),
    });
  }
  return <DataTable rows={entries} columns={columns} rowKey={(e) => e.id} caption="Time entries" />;
}
