import type { ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

/** GET /reports/summary: hours (and amounts, when `amounts_included`) per group, with totals. */
export type Summary = ApiData<'/reports/summary', 'get'>;
/** One row: `key` is a project id, user id, YYYY-MM-DD or client id (null: projects without a client). */
export type SummaryGroup = ItemOf<Summary['groups']>;
export type SummaryParams = ApiQuery<'/reports/summary', 'get'>;
export type GroupBy = Summary['group_by'];
