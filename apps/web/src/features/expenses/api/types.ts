import type { ApiBody, ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type ExpenseList = ApiData<'/expenses', 'get'>;
export type Expense = ItemOf<ExpenseList['expenses']>;
export type ExpenseFilters = ApiQuery<'/expenses', 'get'>;
/** POST /expenses; without `currency` the project's. */
export type ExpenseBody = ApiBody<'/expenses', 'post'>;
