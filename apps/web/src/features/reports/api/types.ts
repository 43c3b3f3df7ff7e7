export const GROUP_BY_OPTIONS = [
  { value: 'project', label: 'Project' },
  { value: 'user', label: 'Person' },
  { value: 'day', label: 'Day' },
  { value: 'client', label: 'Client' },
] as const;

export type GroupBy = (typeof GROUP_BY_OPTIONS)[number]['value'];

export interface SummaryParams {
  start_date: string;
  end_date: string;
  group_by: GroupBy;
  project_id?: number;
  user_id?: number;
}

interface SummaryNumbers {
  duration_seconds: number;
  billable_seconds: number;
  entries: number;
  /** Only when the caller may see the financials (see `amounts_included`). */
  amount?: number;
  currency?: string;
}

export interface SummaryGroup extends SummaryNumbers {
  /** project id, user id, YYYY-MM-DD or client id (null: projects without a client). */
  key: number | string | null;
  label: string;
}

export interface Summary {
  start_date: string;
  end_date: string;
  group_by: GroupBy;
  totals: SummaryNumbers;
  groups: SummaryGroup[];
  amounts_included: boolean;
  message?: string;
}
