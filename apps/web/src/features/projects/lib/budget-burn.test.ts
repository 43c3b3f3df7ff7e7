import { describe, expect, it } from 'vitest';
import type { ProjectFinancials } from '../api/types';
import { budgetBurn, formatMonth } from './budget-burn';

function financials(over: Partial<ProjectFinancials>): ProjectFinancials {
  return {
    project_id: 1,
    currency: 'EUR',
    hourly_rate: 100,
    cost_rate: null,
    budget_amount: null,
    budget_hours: null,
    consumed: { hours: 0, billable_hours: 0, billable_amount: 0, cost: 0, expenses: 0, expenses_in_other_currencies: [], invoiced: 0 },
    budget_used_percent: null,
    by_month: [],
    ...over,
  };
}

const month = (m: string, hours: number, billable_amount: number, expenses: number) => ({
  month: m,
  hours,
  billable_amount,
  cost: 0,
  expenses,
});

describe('budgetBurn', () => {
  it('adds billable amount and expenses against an amount budget, filling empty months and crossing a year', () => {
    const burn = budgetBurn(
      financials({
        budget_amount: 1000,
        budget_hours: 10,
        consumed: {
          hours: 5,
          billable_hours: 5,
          billable_amount: 500,
          cost: 0,
          expenses: 20.1,
          expenses_in_other_currencies: [],
          invoiced: 0,
        },
        by_month: [month('2025-11', 2, 200, 0.1), month('2026-02', 3, 300, 20)],
      }),
    );
    expect(burn).toEqual({
      measure: 'amount',
      budget: 1000,
      points: [
        { month: '2025-11', value: 200.1, cumulative: 200.1 },
        { month: '2025-12', value: 0, cumulative: 200.1 },
        { month: '2026-01', value: 0, cumulative: 200.1 },
        { month: '2026-02', value: 320, cumulative: 520.1 },
      ],
    });
  });

  it('counts hours against an hours budget (and when the amount budget is zero)', () => {
    const burn = budgetBurn(
      financials({ budget_amount: 0, budget_hours: 40, by_month: [month('2026-03', 1.5, 150, 9), month('2026-04', 2.25, 225, 0)] }),
    );
    expect(burn.measure).toBe('hours');
    expect(burn.budget).toBe(40);
    expect(burn.points.map((p) => p.cumulative)).toEqual([1.5, 3.75]);
  });

  it('without a budget: money when anything was billed or spent, else hours; no months, no points', () => {
    const billed = financials({
      consumed: { hours: 1, billable_hours: 1, billable_amount: 100, cost: 0, expenses: 0, expenses_in_other_currencies: [], invoiced: 0 },
      by_month: [month('2026-03', 1, 100, 0)],
    });
    expect(budgetBurn(billed)).toMatchObject({ measure: 'amount', budget: null });
    const internal = financials({
      hourly_rate: null,
      consumed: { hours: 2, billable_hours: 0, billable_amount: 0, cost: 0, expenses: 0, expenses_in_other_currencies: [], invoiced: 0 },
      by_month: [month('2026-03', 2, 0, 0)],
    });
    expect(budgetBurn(internal)).toMatchObject({ measure: 'hours', budget: null, points: [{ month: '2026-03', value: 2, cumulative: 2 }] });
    expect(budgetBurn(financials({ budget_amount: 500 })).points).toEqual([]);
  });

  it('writes a month in the person’s locale, whatever the browser’s zone', () => {
    expect(formatMonth('2026-12', 'en-GB')).toBe('Dec 2026');
    expect(formatMonth('2026-01', 'de-DE')).toBe('Jan. 2026');
  });
});
