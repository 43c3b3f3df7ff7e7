import type { PaginationInfo } from '@/components/ui/pagination';

export interface UserRef {
  id: number;
  name: string;
}

/** A time entry as the API returns it (docs/api/time-entries.md); `end_time` and `duration_seconds` are null while it runs. */
export interface TimeEntry {
  id: number;
  user_id: number;
  user: UserRef;
  project_id: number;
  task_id: number | null;
  start_time: string;
  end_time: string | null;
  duration_seconds: number | null;
  billable: boolean;
  notes: string;
  /** The latest approval request that was not cancelled; pending or approved entries are locked. */
  approval_status: 'pending' | 'approved' | 'rejected' | null;
  /** The invoice billing the entry (then it is locked). */
  invoice_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface TimeEntryList {
  time_entries: TimeEntry[];
  pagination: PaginationInfo;
}

export interface TimeEntryFilters {
  start_date?: string;
  end_date?: string;
  project_id?: number;
  user_id?: number;
  page?: number;
  per_page?: number;
}

/** POST /time-entries: give end_time or duration_seconds. */
export interface CreateTimeEntryBody {
  project_id: number;
  task_id?: number | null;
  start_time: string;
  end_time?: string;
  duration_seconds?: number;
  billable?: boolean;
  notes?: string;
}

/** PUT /time-entries/{id}: any subset (a running entry takes only notes and task_id). */
export type UpdateTimeEntryBody = Partial<CreateTimeEntryBody>;
