import { Alert } from '../../../components/ui/alert';
import { QueryState } from '../../../components/ui/query-state';
import { useAccess } from '../../../lib/access';
import { consumptionRange, useBudgetConsumption } from '../api/get-budget-consumption';
import type { Project } from '../api/types';
import { formatHours, formatMoney } from './money';

/**
 * Billable hours × rate against the budget, from the summary report. A summary covers only the
 * caller's own entries unless they hold view_all_reports, so without it we say so instead of
 * showing a figure that looks like the team's.
 */
export function BudgetConsumption({ project }: { project: Project }) {
  const access = useAccess();
  const teamWide = access.can('view_all_reports');
  const range = consumptionRange(project.created_at);
  const summary = useBudgetConsumption(project.id, range, teamWide);
  if (!teamWide) {
    return <Alert tone="info">Budget consumption covers everyone's time, which needs the view_all_reports permission. Ask an administrator if you need it.</Alert>;
  }
  return (
    <QueryState query={summary} loadingLabel="Calculating budget consumption…">
      {(data) => {
        if (data.totals.entries === 0) {
          return <p className="text-sm text-slate-700">No time logged from {data.start_date} to {data.end_date}: none of the budget is used.</p>;
        }
        const amount = data.totals.amount;
        const budget = project.budget_amount ?? null;
        const share = amount !== undefined && budget ? Math.round((amount / budget) * 100) : null;
        return (
          <div className="space-y-2">
            <p className="text-sm text-slate-700">
              {formatHours(data.totals.billable_seconds)} billable of {formatHours(data.totals.duration_seconds)} logged
              {amount !== undefined ? ` · ${formatMoney(amount, data.totals.currency ?? project.currency)}` : ''}
              {budget ? ` of ${formatMoney(budget, project.currency)}` : ''}
            </p>
            {share !== null ? (
              <div>
                <div
                  role="progressbar"
                  aria-label="Budget used"
                  aria-valuenow={share}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
                >
                  <div className={`h-full ${share > 100 ? 'bg-red-600' : share > 80 ? 'bg-amber-500' : 'bg-indigo-600'}`} style={{ width: `${Math.min(share, 100)}%` }} />
                </div>
                <p className="mt-1 text-sm font-medium text-slate-900">{share}% of the budget used</p>
              </div>
            ) : null}
            {data.message ? <p className="text-xs text-slate-500">{data.message}</p> : null}
            <p className="text-xs text-slate-500">
              Time from {data.start_date} to {data.end_date}
              {range.truncated ? ' (the longest range a report covers; older time is not counted)' : ''}.
            </p>
          </div>
        );
      }}
    </QueryState>
  );
}
