import { useQuery } from '@tanstack/react-query';
import { api, getApiClientConfig, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import type { ApiBody, ApiData, ItemOf } from '@/lib/api/types';
import { reportsKeys } from '@/lib/records/record-keys';
import type { SummaryParams } from './types';

/** A saved report: a name and the summary's filters (personal: nobody else sees it). */
export type SavedReport = ItemOf<ApiData<'/reports/saved', 'get'>['saved_reports']>;
type SaveBody = ApiBody<'/reports/saved', 'post'>;

export const savedReportsKey = [...reportsKeys.all, 'saved'] as const;

/** GET /reports/saved: the caller's definitions, newest first (the first 100). */
export function useSavedReports() {
  return useQuery({
    queryKey: savedReportsKey,
    queryFn: ({ signal }) => ok(api.GET('/reports/saved', { params: { query: { per_page: 100 } }, signal })),
  });
}

export function useSaveReport() {
  return useInvalidatingMutation((body: SaveBody) => ok(api.POST('/reports/saved', { body })), [savedReportsKey], {
    done: (saved) => `Saved “${saved.name}”`,
  });
}

export function useRenameReport() {
  return useInvalidatingMutation(
    ({ id, name }: { id: number; name: string }) => ok(api.PATCH('/reports/saved/{id}', { params: { path: { id } }, body: { name } })),
    [savedReportsKey],
    { done: (saved) => `Renamed to “${saved.name}”` },
  );
}

export function useDeleteReport() {
  return useInvalidatingMutation(
    (report: SavedReport) => ok(api.DELETE('/reports/saved/{id}', { params: { path: { id: report.id } } })).then(() => report),
    [savedReportsKey],
    {
      done: (report) => `Deleted “${report.name}”`,
      undo: (report) => ({
        run: () => ok(api.POST('/reports/saved', { body: { name: report.name, params: report.params } })),
        done: `“${report.name}” is back`,
      }),
    },
  );
}

/** The filters a saved report keeps: the summary's, without the zone (the person's own applies when it is opened). */
export function savedParamsOf(params: SummaryParams): SaveBody['params'] {
  return {
    group_by: params.group_by ?? 'project',
    start_date: params.start_date,
    end_date: params.end_date,
    ...(params.project_id !== undefined ? { project_id: params.project_id } : {}),
    ...(params.user_id !== undefined ? { user_id: params.user_id } : {}),
    ...(params.billable !== undefined ? { billable: params.billable } : {}),
  };
}

/** A saved report's filters as the summary's, an open date filled in from `fallback` (e.g. this month). */
export function summaryParamsOf(saved: SavedReport['params'], fallback: { start: string; end: string }): SummaryParams {
  return { ...saved, start_date: saved.start_date ?? fallback.start, end_date: saved.end_date ?? fallback.end };
}

/**
 * The address of the entries behind the summary as CSV (GET /reports/entries/export): the same
 * filters without the grouping. A plain link, as for the summary export.
 */
export function entriesExportUrl(params: SummaryParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key !== 'group_by' && value !== undefined && value !== null) query.set(key, String(value));
  }
  return `${getApiClientConfig().baseUrl}/reports/entries/export?${query.toString()}`;
}
