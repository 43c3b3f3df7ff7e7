import { useId } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProjectFinancials } from '../api/types';
import { budgetBurn, formatMonth as formatMonthIn } from '../lib/budget-burn';
import { CHART_COLORS, chartTick, chartTooltip } from '@/lib/chart-theme';
import { formatHourCount } from '@/lib/duration';
import { formatMoney } from '@/lib/money';
import { useDates } from '@/lib/time-settings';

/**
 * Cumulative consumption by month against the budget (a reference line). The chart is one image
 * to assistive technology, named by the caption and described by the summary under it (not also
 * by an SVG title, which would make a second image); the numbers themselves are in the table that
 * the disclosure below opens.
 */
export function BudgetBurnChart({ financials }: { financials: ProjectFinancials }) {
  const id = useId();
  const { settings } = useDates();
  const formatMonth = (month: string) => formatMonthIn(month, settings.locale);
  const burn = budgetBurn(financials);
  if (burn.points.length === 0) {
    return (
      <EmptyState title="No time logged yet">
        The chart of the budget's consumption appears once time or expenses are recorded on this project.
      </EmptyState>
    );
  }
  const format = (n: number) => (burn.measure === 'amount' ? formatMoney(n, financials.currency) : formatHourCount(n));
  const title = burn.measure === 'amount' ? 'Billable amount and expenses, cumulative by month' : 'Hours logged, cumulative by month';
  const total = burn.points.at(-1)?.cumulative ?? 0;
  const summary =
    burn.budget !== null
      ? `${format(total)} of the ${format(burn.budget)} budget used from ${formatMonth(burn.points[0]!.month)} to ${formatMonth(burn.points.at(-1)!.month)}.`
      : `${format(total)} from ${formatMonth(burn.points[0]!.month)} to ${formatMonth(burn.points.at(-1)!.month)}; the project has no budget to compare with.`;
  const data = burn.points.map((p) => ({ ...p, label: formatMonth(p.month) }));
  return (
    <figure className="space-y-2 rounded-lg bg-surface p-3 shadow-sm ring-1 ring-line">
      <figcaption id={`${id}-title`} className="text-sm font-medium text-fg-secondary">
        {title}
      </figcaption>
      <p id={`${id}-desc`} className="text-xs text-fg-muted">
        {summary}
      </p>
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis dataKey="label" tick={chartTick()} stroke={CHART_COLORS.axis} />
            <YAxis tick={chartTick()} stroke={CHART_COLORS.axis} width={80} tickFormatter={(v: number) => format(v)} />
            <Tooltip {...chartTooltip} formatter={(value) => [format(Number(value)), 'Used so far']} />
            <Area
              type="monotone"
              dataKey="cumulative"
              name="Used so far"
              stroke={CHART_COLORS.primary}
              fill={CHART_COLORS.area}
              strokeWidth={2}
              isAnimationActive={false}
            />
            {burn.budget !== null ? (
              <ReferenceLine
                y={burn.budget}
                ifOverflow="extendDomain"
                stroke={CHART_COLORS.limit}
                strokeDasharray="6 4"
                label={{ value: `Budget ${format(burn.budget)}`, position: 'insideTopLeft', fill: CHART_COLORS.limitText, fontSize: 12 }}
              />
            ) : null}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-accent-fg hover:underline">Show the numbers as a table</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead className="text-xs uppercase text-fg-subtle">
            <tr>
              <th scope="col" className="py-1 pr-4">
                Month
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                In the month
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                Used so far
              </th>
              {burn.budget !== null ? (
                <th scope="col" className="py-1 text-right">
                  Of the budget
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-line-subtle">
            {burn.points.map((p) => (
              <tr key={p.month}>
                <th scope="row" className="py-1 pr-4 font-normal">
                  {formatMonth(p.month)}
                </th>
                <td className="py-1 pr-4 text-right tabular-nums">{format(p.value)}</td>
                <td className="py-1 pr-4 text-right tabular-nums">{format(p.cumulative)}</td>
                {burn.budget !== null ? (
                  <td className="py-1 text-right tabular-nums">{`${Math.round((p.cumulative / burn.budget) * 100)}%`}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
