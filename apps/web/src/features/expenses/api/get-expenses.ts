import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { expensesKeys } from './expenses-keys';
import type { ExpenseFilters, ExpenseList } from './types';

export function getExpenses(filters: ExpenseFilters, signal?: AbortSignal): Promise<ExpenseList> {
  return ok(api.GET('/expenses', { params: { query: filters }, signal }));
}

/** GET /expenses: the caller's own, plus the team's where the project allows it; newest first. */
export function useExpenses(filters: ExpenseFilters) {
  return useQuery({
    queryKey: expensesKeys.list(filters),
    queryFn: ({ signal }) => getExpenses(filters, signal),
    placeholderData: keepPreviousData,
  });
}
