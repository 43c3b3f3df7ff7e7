import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { projectKeys } from './project-keys';

/** One calendar month (UTC) with time or expenses; rows add up to `consumed`. */
export interface FinancialsMonth {
  month: string;
  hours: number;
  billable_amount: number;
  cost: number;
  expenses: number;
}

/** GET /projects/{id}/financials (apps/api projects.schemas.ts ProjectFinancials). */
export interface ProjectFinancials {
  project_id: number;
  currency: string;
  hourly_rate: number | null;
  cost_rate: number | null;
  budget_amount: number | null;
  budget_hours: number | null;
  consumed: {
    hours: number;
    billable_hours: number;
    billable_amount: number;
    cost: number;
    /** In the project's currency. */
    expenses: number;
    /** Never converted: left out of `expenses`, `by_month` and `budget_used_percent`. */
    expenses_in_other_currencies: { currency: string; amount: number }[];
    invoiced: number;
  };
  /** Of the amount budget (billable amount + expenses) when set, else of the hours budget; null without a budget. */
  budget_used_percent: number | null;
  by_month: FinancialsMonth[];
}

/** Needs only the view_financials level on the project (not view_all_reports): the API decides. */
export function getProjectFinancials(id: number): Promise<ProjectFinancials> {
  return apiGet<ProjectFinancials>(`/projects/${id}/financials`);
}

export function useProjectFinancials(id: number) {
  return useQuery({ queryKey: projectKeys.financials(id), queryFn: () => getProjectFinancials(id) });
}
