import { SelectField } from '@/components/ui/select-field';
import type { ApprovalFilter, ApprovalQueue } from '../lib/use-approval-filters';
import { ApprovalsWeek } from './approvals-week';

const STATUS_OPTIONS = [
  { value: 'pending', label: 'Pending' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'any', label: 'Any status' },
];

interface ApprovalsFiltersProps {
  filter: ApprovalFilter;
  onChange: (patch: Partial<ApprovalFilter>) => void;
  /** The approver views appear only to people who may approve somewhere. */
  canApprove: boolean;
}

/** Which requests (waiting for me, mine, everything I can see), outside the queue which status, and which week. */
export function ApprovalsFilters({ filter, onChange, canApprove }: ApprovalsFiltersProps) {
  const views: { value: ApprovalQueue; label: string }[] = [
    ...(canApprove ? [{ value: 'to_approve' as const, label: 'Waiting for my decision' }] : []),
    { value: 'mine', label: 'My requests' },
    ...(canApprove ? [{ value: 'all' as const, label: 'Everything I can see' }] : []),
  ];
  return (
    <div className="mb-4 space-y-3" role="search" aria-label="Filters">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          label="Show"
          options={views}
          value={filter.queue}
          onChange={(e) => onChange({ queue: e.target.value as ApprovalQueue })}
        />
        {filter.queue === 'to_approve' ? null : (
          <SelectField
            label="Status"
            options={STATUS_OPTIONS}
            value={filter.status ?? 'any'}
            onChange={(e) => onChange({ status: e.target.value === 'any' ? undefined : (e.target.value as ApprovalFilter['status']) })}
          />
        )}
      </div>
      <ApprovalsWeek week={filter.week} onChange={(week) => onChange({ week })} />
    </div>
  );
}
