import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, getApiClientConfig, ok } from '@/lib/api-client';
import { reportsKeys } from '@/lib/records/record-keys';
import type { Summary, SummaryParams } from './types';

export function getSummary(params: SummaryParams, signal?: AbortSignal): Promise<Summary> {
  return ok(api.GET('/reports/summary', { params: { query: params }, signal }));
}

/** GET /reports/summary: hours (and amounts, when allowed) per project, person, day or client. */
export function useSummary(params: SummaryParams) {
  return useQuery({ queryKey: reportsKeys.summary(params), queryFn: ({ signal }) => getSummary(params, signal), placeholderData: keepPreviousData });
}

/**
 * The address of the same summary as CSV (GET /reports/summary/export). A plain link works: the
 * session cookie travels with a same-origin GET, and GET needs no CSRF token.
 */
export function summaryExportUrl(params: SummaryParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) query.set(key, String(value));
  }
  return `${getApiClientConfig().baseUrl}/reports/summary/export?${query.toString()}`;
}
