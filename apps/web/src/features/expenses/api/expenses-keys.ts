import type { ExpenseFilters } from './types';

/** Query keys of expenses; every expense change invalidates `expensesKeys.all`. */
export const expensesKeys = {
  all: ['expenses'] as const,
  list: (filters: ExpenseFilters) => [...expensesKeys.all, 'list', filters] as const,
};
