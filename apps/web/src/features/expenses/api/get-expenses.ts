import { api, ok } from '@/lib/api-client';
import { usePageQuery } from '@/lib/page-query';
import { expensesKeys } from './expenses-keys';
import type { ExpenseFilters, ExpenseList } from './types';

export function getExpenses(filters: ExpenseFilters, signal?: AbortSignal): Promise<ExpenseList> {
  return ok(api.GET('/expenses', { params: { query: filters }, signal }));
}

/** GET /expenses: the caller's own, plus the team's where the project allows it; newest first. */
export function useExpenses(filters: ExpenseFilters) {
  return usePageQuery(expensesKeys.list(filters), (signal) => getExpenses(filters, signal));
}
