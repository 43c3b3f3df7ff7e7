import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { projectKeys } from './project-keys';

/** The totals of GET /reports/summary (amount = billable hours × the project's rate). */
export interface ConsumptionSummary {
  start_date: string;
  end_date: string;
  totals: { duration_seconds: number; billable_seconds: number; entries: number; amount?: number; currency?: string };
  amounts_included: boolean;
  message?: string;
}

const DAY_MS = 86_400_000;
/** The longest range a summary may cover (reports.schemas.ts MAX_RANGE_DAYS). */
const MAX_RANGE_DAYS = 366;

/**
 * As far back as one summary may reach, until today (UTC days). Not from the project's creation:
 * entries may be logged for days before it (imports, late logging). `truncated`: the project is
 * older than the range, so the figure may miss its earliest time.
 */
export function consumptionRange(createdAt: string, now = new Date()): { start: string; end: string; truncated: boolean } {
  const end = now.toISOString().slice(0, 10);
  const earliest = new Date(Date.parse(`${end}T00:00:00Z`) - (MAX_RANGE_DAYS - 1) * DAY_MS);
  return { start: earliest.toISOString().slice(0, 10), end, truncated: new Date(createdAt) < earliest };
}

export function getBudgetConsumption(projectId: number, range: { start: string; end: string }): Promise<ConsumptionSummary> {
  return apiGet<ConsumptionSummary>('/reports/summary', { query: { project_id: projectId, group_by: 'project', start_date: range.start, end_date: range.end } });
}

export function useBudgetConsumption(projectId: number, range: { start: string; end: string }, enabled: boolean) {
  return useQuery({ queryKey: projectKeys.consumption(projectId, range), queryFn: () => getBudgetConsumption(projectId, range), enabled });
}
