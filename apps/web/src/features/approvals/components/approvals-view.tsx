import { CheckCheck } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorMessage } from '@/components/ui/error-message';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { Spinner } from '@/components/ui/spinner';
import { useMyPermissions } from '@/lib/access';
import { useApproveApproval } from '../api/approve-approval';
import { useBulkApprove } from '../api/bulk-approve';
import { useCancelApproval } from '../api/cancel-approval';
import { useApprovals } from '../api/get-approvals';
import type { Approval } from '../api/types';
import { useApprovalFilters, type ApprovalFilter } from '../lib/use-approval-filters';
import { useCanApprove } from '../lib/use-can-approve';
import { ApprovalsFilters } from './approvals-filters';
import { ApprovalsTable } from './approvals-table';
import { BulkApproveResultMessage } from './bulk-approve-result';
import { RejectDialog } from './reject-dialog';

const EMPTY: Record<ApprovalFilter['queue'], { title: string; text: string }> = {
  to_approve: { title: 'Nothing waits for your decision', text: 'Requests to approve time on your projects appear here.' },
  mine: { title: 'No requests', text: 'Submit a finished entry with “Request approval” on the time entries page.' },
  all: { title: 'No requests', text: 'No approval requests match these filters.' },
};

/** The approvals page: the decision queue (approve, reject, approve selected) and one's own requests (cancel). */
export function ApprovalsView() {
  const { canApprove, isPending } = useCanApprove();
  if (isPending) return <Spinner label="Checking where you may approve…" />;
  return <ApprovalsList canApprove={canApprove} />;
}

function ApprovalsList({ canApprove }: { canApprove: boolean }) {
  const me = useMyPermissions().data?.user_id;
  const [filter, setFilter] = useApprovalFilters(canApprove ? 'to_approve' : 'mine');
  const query = useApprovals(filter);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [rejecting, setRejecting] = useState<Approval | null>(null);
  const [bulkRows, setBulkRows] = useState<Map<number, Approval>>(new Map());
  const approve = useApproveApproval();
  const cancel = useCancelApproval();
  const bulk = useBulkApprove();
  const decidable = filter.queue === 'to_approve';
  const rows = query.data?.time_entry_approvals ?? [];
  const chosen = rows.filter((a) => selected.has(a.id));
  const busyId = approve.isPending ? (approve.variables ?? null) : cancel.isPending ? (cancel.variables ?? null) : null;

  const resetMessages = () => {
    approve.reset();
    cancel.reset();
    bulk.reset();
  };
  const changeFilter = (patch: Partial<ApprovalFilter>) => {
    setSelected(new Set());
    resetMessages();
    setFilter(patch);
  };
  const toggle = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const approveSelected = () => {
    resetMessages();
    setBulkRows(new Map(chosen.map((a) => [a.id, a])));
    bulk.mutate(
      chosen.map((a) => a.id),
      { onSuccess: () => setSelected(new Set()) },
    );
  };

  return (
    <section aria-label="Approval requests" className="space-y-4">
      <ApprovalsFilters filter={filter} onChange={changeFilter} canApprove={canApprove} />
      {decidable ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={approveSelected} disabled={chosen.length === 0 || bulk.isPending}>
            <CheckCheck aria-hidden="true" className="mr-1 size-4" />
            {bulk.isPending ? 'Approving…' : `Approve selected (${chosen.length})`}
          </Button>
          <span className="text-sm text-fg-muted">All or nothing: if one cannot be approved, none is.</span>
        </div>
      ) : null}
      <BulkApproveResultMessage result={bulk.data} error={bulk.error} rows={bulkRows} />
      {approve.error ? <ErrorMessage error={approve.error} title="Could not approve" /> : null}
      {cancel.error ? <ErrorMessage error={cancel.error} title="Could not cancel the request" /> : null}
      <QueryState query={query} loadingLabel="Loading approval requests…">
        {(data) =>
          data.time_entry_approvals.length === 0 ? (
            <EmptyState title={EMPTY[filter.queue].title}>{EMPTY[filter.queue].text}</EmptyState>
          ) : (
            <>
              <ApprovalsTable
                approvals={data.time_entry_approvals}
                me={me}
                decidable={decidable}
                selected={selected}
                onToggle={toggle}
                onToggleAll={(on) => setSelected(on ? new Set(data.time_entry_approvals.map((a) => a.id)) : new Set())}
                busyId={busyId}
                onApprove={(a) => {
                  resetMessages();
                  approve.mutate(a.id);
                }}
                onReject={(a) => {
                  resetMessages();
                  setRejecting(a);
                }}
                onCancel={(a) => {
                  resetMessages();
                  cancel.mutate(a.id);
                }}
              />
              <Pagination pagination={data.pagination} onPage={(page) => setFilter({ page })} />
            </>
          )
        }
      </QueryState>
      <RejectDialog approval={rejecting} onClose={() => setRejecting(null)} />
    </section>
  );
}
