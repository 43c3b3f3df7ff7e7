import { Alert } from '@/components/ui/alert';
import type { ProjectFinancials } from '../api/types';
import { FigureCard } from './figure-card';
import { formatHourCount } from '@/lib/duration';
import { formatMoney } from '@/lib/money';

const percent = (n: number) => `${n.toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;

/**
 * What the project has consumed, from GET /projects/{id}/financials (everyone's time, for anyone
 * with the view_financials level). "Budget used" is the API's budget_used_percent: billable amount
 * plus expenses of an amount budget, else hours of an hours budget.
 */
export function BudgetConsumption({ financials: f }: { financials: ProjectFinancials }) {
  const money = (n: number) => formatMoney(n, f.currency);
  const { consumed, budget_used_percent: used } = f;
  const overBy =
    f.budget_amount !== null && f.budget_amount > 0
      ? money(consumed.billable_amount + consumed.expenses - f.budget_amount)
      : f.budget_hours !== null && f.budget_hours > 0
        ? formatHourCount(Math.round((consumed.hours - f.budget_hours) * 100) / 100)
        : null;
  return (
    <div className="space-y-3">
      {used !== null && used > 100 && overBy ? (
        <Alert tone="warning" title="Over budget">
          {percent(used)} of the budget is used: {overBy} more than budgeted.
        </Alert>
      ) : null}
      <dl className="grid gap-3 sm:grid-cols-3">
        <FigureCard label="Hours logged" hint={`${formatHourCount(consumed.billable_hours)} billable`}>
          {formatHourCount(consumed.hours)}
        </FigureCard>
        <FigureCard label="Billable amount">{money(consumed.billable_amount)}</FigureCard>
        <FigureCard label="Cost">{money(consumed.cost)}</FigureCard>
        <FigureCard
          label="Expenses"
          hint={
            consumed.expenses_in_other_currencies.length > 0
              ? `not counted: ${consumed.expenses_in_other_currencies.map((e) => formatMoney(e.amount, e.currency)).join(', ')} in other currencies`
              : undefined
          }
        >
          {money(consumed.expenses)}
        </FigureCard>
        <FigureCard label="Invoiced" hint="sent and paid invoices">
          {money(consumed.invoiced)}
        </FigureCard>
        <FigureCard label="Budget used">{used !== null ? percent(used) : 'No budget'}</FigureCard>
      </dl>
      {used !== null ? (
        <div
          role="progressbar"
          aria-label="Budget used"
          aria-valuenow={Math.min(Math.round(used), 100)}
          aria-valuetext={percent(used)}
          aria-valuemin={0}
          aria-valuemax={100}
          className="h-3 w-full overflow-hidden rounded-full bg-surface-stronger"
        >
          <div
            className={`h-full ${used > 100 ? 'bg-danger' : used > 80 ? 'bg-warning' : 'bg-accent'}`}
            style={{ width: `${Math.min(used, 100)}%` }}
          />
        </div>
      ) : (
        <p className="text-sm text-fg-muted">This project has no budget, so there is nothing to measure the consumption against.</p>
      )}
    </div>
  );
}
