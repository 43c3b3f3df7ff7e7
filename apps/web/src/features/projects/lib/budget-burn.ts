import { addDays, monthStartOf } from '@timekeeper/shared';
import type { ProjectFinancials } from '../api/types';

/** What a project's budget is measured in: money when it has an amount budget, else hours. */
export type BurnMeasure = 'amount' | 'hours';

export interface BurnPoint {
  /** YYYY-MM */
  month: string;
  /** Consumed in this month alone. */
  value: number;
  /** Consumed up to and including this month. */
  cumulative: number;
}

export interface Burn {
  measure: BurnMeasure;
  /** The budget in the measure's unit; null when the project has none. */
  budget: number | null;
  points: BurnPoint[];
}

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * The month after `month` (YYYY-MM). The API's months are already the person's (their time zone,
 * docs/api/projects.md): this is calendar arithmetic on them, with no zone of its own.
 */
function nextMonth(month: string): string {
  return monthStartOf(addDays(`${month}-01`, 31)).slice(0, 7);
}

/**
 * Cumulative consumption by month, measured as the API measures budget_used_percent: billable
 * amount + expenses against an amount budget, otherwise hours against an hours budget. Without a
 * budget: money when anything was billed or spent, else hours. Months with nothing in them are
 * filled in, so the line runs flat through them instead of skipping them on the axis.
 */
export function budgetBurn(f: ProjectFinancials): Burn {
  const amountBudget = f.budget_amount !== null && f.budget_amount > 0;
  const hoursBudget = !amountBudget && f.budget_hours !== null && f.budget_hours > 0;
  const measure: BurnMeasure = amountBudget || (!hoursBudget && f.consumed.billable_amount + f.consumed.expenses > 0) ? 'amount' : 'hours';
  const budget = amountBudget ? f.budget_amount : hoursBudget ? f.budget_hours : null;
  const byMonth = new Map(f.by_month.map((m) => [m.month, measure === 'amount' ? m.billable_amount + m.expenses : m.hours]));
  const points: BurnPoint[] = [];
  const first = f.by_month[0]?.month;
  const last = f.by_month.at(-1)?.month;
  let total = 0;
  if (first && last) {
    for (let month = first; month <= last; month = nextMonth(month)) {
      const value = cents(byMonth.get(month) ?? 0);
      total = cents(total + value);
      points.push({ month, value, cumulative: total });
    }
  }
  return { measure, budget, points };
}

/**
 * "Mar 2026" in the person's locale (`useDates().settings.locale`). A YYYY-MM month is a plain
 * calendar month, so it is written as such (its first day at UTC midnight, formatted in UTC).
 */
export function formatMonth(month: string, locale?: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
