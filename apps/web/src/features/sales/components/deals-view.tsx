import { Kanban, List, Pencil, Plus, ThumbsDown, ThumbsUp, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { RowAction } from '@/components/records/row-actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type Column } from '@/components/ui/data-table';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorMessage } from '@/components/ui/error-message';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { SearchFilters } from '@/components/ui/search-filters';
import { Spinner } from '@/components/ui/spinner';
import { Can, useAccess, useMyPermissions } from '@/lib/access';
import { formatMoney } from '@/lib/money';
import { useListEditing } from '@/lib/records/use-list-editing';
import { useDates } from '@/lib/time-settings';
import { useDealStages, useDeals, useDeleteDeal, useMoveDeal } from '../api/deals';
import type { Deal, DealFilters, DealStatus } from '../api/types';
import { stageLabel } from '../lib/board';
import { DEAL_STATUS } from '../lib/labels';
import { LoseDealDialog, WinDealDialog } from './close-deal-dialogs';
import type { DealActions } from './deal-card';
import { DealForm } from './deal-form';
import { DealsBoard } from './deals-board';

type View = 'board' | 'list';
/** Won and lost deals leave the board: they are found here. */
const CLOSED_OPTIONS = [
  { value: 'won', label: 'Closed: won' },
  { value: 'lost', label: 'Closed: lost' },
];
/** The board holds at most this many open deals (the API's largest page); search narrows it. */
const BOARD_PAGE = 100;

/** Deals: the pipeline board of open deals, or a list (open, won or lost), with add, edit, win, lose and delete. */
export function DealsView() {
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'list' ? 'list' : 'board';
  const closed = params.get('status');
  const status: DealStatus = closed === 'won' || closed === 'lost' ? closed : 'open';
  const q = params.get('q') ?? '';
  const [page, setPage] = useState(1);
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const stages = useDealStages();
  const remove = useDeleteDeal();
  const edit = useListEditing<Deal>(remove);
  const [winning, setWinning] = useState<Deal | null>(null);
  const [losing, setLosing] = useState<Deal | null>(null);
  const onBoard = view === 'board' && status === 'open';
  const filters: DealFilters = onBoard ? { status, q, per_page: BOARD_PAGE } : { status, q, page };
  const deals = useDeals(filters);
  const move = useMoveDeal(filters);
  const [moveFailed, setMoveFailed] = useState<{ name: string; error: unknown } | null>(null);

  /** Sets the given search parameters in the address, removing those that are empty. */
  const patchParams = (patch: Record<string, string | null>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const actions: DealActions = {
    canEdit: (d) => d.status === 'open' && access.can(d.owner_id === me ? 'edit_own_deals' : 'edit_all_deals'),
    canDelete: access.can('delete_deals'),
    onMove: (deal, stage) => {
      setMoveFailed(null);
      move.mutate({ deal, stage }, { onError: (error) => setMoveFailed({ name: deal.name, error }) });
    },
    onEdit: edit.startEdit,
    onWin: setWinning,
    onLose: setLosing,
    onDelete: edit.askDelete,
  };

  return (
    <section aria-label="Deals" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        {status === 'open' ? (
          <div role="group" aria-label="View" className="flex rounded-md ring-1 ring-line-strong">
            {(['board', 'list'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                onClick={() => patchParams({ view: v === 'board' ? null : v })}
                className={`inline-flex items-center gap-1 px-3 py-2 text-sm font-medium first:rounded-l-md last:rounded-r-md focus:outline-none focus-visible:ring-2 focus-visible:ring-focus ${view === v ? 'bg-accent-soft text-accent-fg' : 'text-fg-secondary hover:bg-surface-strong'}`}
              >
                {v === 'board' ? <Kanban aria-hidden="true" className="size-4" /> : <List aria-hidden="true" className="size-4" />}
                {v === 'board' ? 'Board' : 'List'}
              </button>
            ))}
          </div>
        ) : (
          <span />
        )}
        <Can permission="create_deals">
          <Button onClick={edit.startNew}>
            <Plus aria-hidden="true" className="mr-1 size-4" /> Add deal
          </Button>
        </Can>
      </div>
      <SearchFilters
        key={q}
        label="Filter deals"
        searchLabel="Search name or notes"
        value={{ q, status: status === 'open' ? '' : status }}
        onChange={(next) => {
          patchParams({ q: next.q, status: next.status });
          setPage(1);
        }}
        columnsClassName="sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]"
        selects={[{ field: 'status', label: 'Show', placeholder: 'Open deals', options: CLOSED_OPTIONS }]}
      />
      {moveFailed ? <ErrorMessage error={moveFailed.error} title={`Could not move ${moveFailed.name}; it is back in its stage`} /> : null}
      {onBoard && stages.isPending ? <Spinner label="Loading the stages…" /> : null}
      {onBoard && stages.isError ? (
        <ErrorMessage error={stages.error} title="Could not load the stages" onRetry={() => void stages.refetch()} />
      ) : null}
      {!onBoard || stages.data ? (
        <QueryState query={deals} loadingLabel="Loading deals…">
          {(data) =>
            onBoard ? (
              <>
                {data.pagination.total > data.deals.length ? (
                  <p className="text-sm text-fg-muted">
                    The board shows the newest {data.deals.length} of {data.pagination.total} open deals: search to find others.
                  </p>
                ) : null}
                <DealsBoard stages={stages.data ?? []} deals={data.deals} actions={actions} />
              </>
            ) : data.deals.length === 0 ? (
              <EmptyState title={q ? `No deals match “${q}”` : status === 'open' ? 'No open deals' : `No ${status} deals`} />
            ) : (
              <>
                <DealsTable deals={data.deals} actions={actions} />
                <Pagination pagination={data.pagination} onPage={setPage} />
              </>
            )
          }
        </QueryState>
      ) : null}
      <Dialog open={edit.isOpen} onOpenChange={edit.onOpenChange} title={edit.edited ? 'Edit deal' : 'Add deal'}>
        {edit.isOpen ? <DealForm key={edit.edited?.id ?? 'new'} deal={edit.edited} onDone={edit.close} /> : null}
      </Dialog>
      <WinDealDialog deal={winning} onClose={() => setWinning(null)} />
      <LoseDealDialog deal={losing} onClose={() => setLosing(null)} />
      <ConfirmDialog {...edit.confirm} title={`Delete ${edit.deleting?.name ?? 'deal'}?`} confirmLabel="Delete deal">
        <p>The deal is deleted for good. A lead converted into it keeps its other details.</p>
      </ConfirmDialog>
    </section>
  );
}

/** Deals as a list (a card per deal on a phone). */
export function DealsTable({ deals, actions, showClient = true }: { deals: Deal[]; actions?: DealActions; showClient?: boolean }) {
  const { formatDay, formatDate } = useDates();
  const columns: Column<Deal>[] = [
    { key: 'name', header: 'Deal', card: 'title', cell: (d) => <span className="font-medium text-fg">{d.name}</span> },
    ...(showClient
      ? [
          {
            key: 'client',
            header: 'Client',
            card: 'subtitle' as const,
            cell: (d: Deal) =>
              d.client ? (
                <Link to={`/clients/${d.client.id}`} className="text-accent-fg hover:underline">
                  {d.client.name}
                </Link>
              ) : (
                <span className="text-fg-subtle">—</span>
              ),
          },
        ]
      : []),
    {
      key: 'value',
      header: 'Value',
      card: 'aside',
      className: 'text-right tabular-nums',
      cell: (d) => (d.value_amount === null ? <span className="text-fg-subtle">—</span> : formatMoney(d.value_amount, d.currency)),
    },
    { key: 'stage', header: 'Stage', card: 'meta', cell: (d) => stageLabel(d.stage) },
    { key: 'owner', header: 'Owner', card: 'meta', cell: (d) => d.owner.name },
    {
      key: 'close',
      header: 'Close',
      cell: (d) =>
        d.closed_at ? (
          formatDate(d.closed_at)
        ) : d.expected_close_date ? (
          `expected ${formatDay(d.expected_close_date)}`
        ) : (
          <span className="text-fg-subtle">—</span>
        ),
    },
    {
      key: 'status',
      header: 'Status',
      card: 'status',
      cell: (d) => (
        <div>
          <Badge tone={DEAL_STATUS[d.status].tone}>{DEAL_STATUS[d.status].label}</Badge>
          {d.lost_reason ? <p className="mt-1 max-w-xs text-xs text-fg-muted">{d.lost_reason}</p> : null}
          {d.project_id ? (
            <Link to={`/projects/${d.project_id}`} className="mt-1 block text-xs text-accent-fg hover:underline">
              Its project
            </Link>
          ) : null}
        </div>
      ),
    },
  ];
  if (actions) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      card: 'actions',
      cell: (d) => (
        <span className="flex flex-wrap gap-1">
          {actions.canEdit(d) ? (
            <>
              <RowAction icon={Pencil} label="Edit" name={`Edit ${d.name}`} onClick={() => actions.onEdit(d)} />
              <RowAction icon={ThumbsUp} label="Won" name={`Win ${d.name}`} tone="accent" onClick={() => actions.onWin(d)} />
              <RowAction icon={ThumbsDown} label="Lost" name={`Lose ${d.name}`} onClick={() => actions.onLose(d)} />
            </>
          ) : null}
          {actions.canDelete ? (
            <RowAction icon={Trash2} label="Delete" name={`Delete ${d.name}`} tone="danger" onClick={() => actions.onDelete(d)} />
          ) : null}
        </span>
      ),
    });
  }
  return <DataTable rows={deals} columns={columns} rowKey={(d) => d.id} caption="Deals" />;
}
