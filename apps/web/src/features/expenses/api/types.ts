import type { PaginationInfo } from '@/components/ui/pagination';
import type { UserRef } from '@/features/time-entries/api/types';

export interface Expense {
  id: number;
  user_id: number;
  user: UserRef;
  project_id: number;
  /** YYYY-MM-DD */
  date: string;
  amount: number;
  currency: string;
  category: string;
  description: string;
  billable: boolean;
  created_at: string;
  updated_at: string;
}

export interface ExpenseList {
  expenses: Expense[];
  pagination: PaginationInfo;
}

export interface ExpenseFilters {
  start_date?: string;
  end_date?: string;
  project_id?: number;
  user_id?: number;
  page?: number;
}

export interface ExpenseBody {
  project_id: number;
  date: string;
  amount: number;
  /** Omitted: the project's currency. */
  currency?: string;
  category: string;
  description?: string;
  billable?: boolean;
}
