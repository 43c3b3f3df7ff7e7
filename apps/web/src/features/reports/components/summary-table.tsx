import { useDates } from '@/lib/time-settings';
import { formatDuration } from '@/lib/duration';
import { formatMoney } from '@/lib/money';
import type { Summary, SummaryGroup } from '../api/types';
import { groupName } from '../lib/group-by';

const GROUP_HEADERS = { project: 'Project', user: 'Person', day: 'Day', week: 'Week', month: 'Month', client: 'Client' } as const;

const amountCell = (g: Pick<SummaryGroup, 'amount' | 'currency'>) =>
  g.amount !== undefined && g.currency ? formatMoney(g.amount, g.currency) : <span title="Several currencies: not added up">—</span>;

/** The summary's groups and totals; amounts only when the API included them. */
export function SummaryTable({ summary }: { summary: Summary }) {
  const dates = useDates();
  const withAmounts = summary.amounts_included;
  const th = 'px-3 py-2 text-left font-semibold text-fg-secondary';
  const td = 'px-3 py-2 text-fg';
  const num = 'text-right tabular-nums';
  return (
    <div className="overflow-x-auto rounded-lg bg-surface shadow-sm ring-1 ring-line">
      <table className="min-w-full divide-y divide-line text-sm">
        <caption className="sr-only">Summary by {GROUP_HEADERS[summary.group_by].toLowerCase()}</caption>
        <thead className="bg-surface-muted">
          <tr>
            <th scope="col" className={th}>
              {GROUP_HEADERS[summary.group_by]}
            </th>
            <th scope="col" className={`${th} ${num}`}>
              Hours
            </th>
            <th scope="col" className={`${th} ${num}`}>
              Billable
            </th>
            <th scope="col" className={`${th} ${num}`}>
              Entries
            </th>
            {withAmounts ? (
              <th scope="col" className={`${th} ${num}`}>
                Amount
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-line-subtle">
          {summary.groups.map((g) => (
            <tr key={String(g.key)}>
              <th scope="row" className={`${td} text-left font-normal`}>
                {groupName(g, summary.group_by, dates)}
              </th>
              <td className={`${td} ${num}`}>{formatDuration(g.duration_seconds)}</td>
              <td className={`${td} ${num}`}>{formatDuration(g.billable_seconds)}</td>
              <td className={`${td} ${num}`}>{g.entries}</td>
              {withAmounts ? <td className={`${td} ${num}`}>{amountCell(g)}</td> : null}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-line-strong bg-surface-muted font-semibold">
          <tr>
            <th scope="row" className={`${td} text-left`}>
              Total
            </th>
            <td className={`${td} ${num}`}>{formatDuration(summary.totals.duration_seconds)}</td>
            <td className={`${td} ${num}`}>{formatDuration(summary.totals.billable_seconds)}</td>
            <td className={`${td} ${num}`}>{summary.totals.entries}</td>
            {withAmounts ? <td className={`${td} ${num}`}>{amountCell(summary.totals)}</td> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
