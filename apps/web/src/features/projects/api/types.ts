/** Shapes of the projects endpoints, generated from the API's schemas (apps/web/src/lib/api/openapi.gen.ts). */
import type { ApiBody, ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type ProjectList = ApiData<'/projects', 'get'>;
/**
 * A project; the financial fields are present only from the view_financials level on the project.
 * `access_level` is the caller's level as the response value (docs/api/participations.md#levels).
 */
export type Project = ItemOf<ProjectList['projects']>;
export type ProjectStatus = Project['status'];
export type NewProject = ApiBody<'/projects', 'post'>;
export type ProjectUpdate = ApiBody<'/projects/{id}', 'put'>;

type ProjectsQuery = ApiQuery<'/projects', 'get'>;
/** The list's filters (kept in the URL); `per_page` is the list's own. */
export type ProjectFilter = Pick<ProjectsQuery, 'q' | 'client_id'> & Required<Pick<ProjectsQuery, 'status' | 'page'>>;

/** A client for the filter, column and picker (GET /clients). */
export type { Client as ClientOption } from '@/features/clients';

/** GET /projects/{id}/financials: `expenses_in_other_currencies` are never converted nor counted in the budget. */
export type ProjectFinancials = ApiData<'/projects/{id}/financials', 'get'>;
/** One calendar month (UTC) with time or expenses; rows add up to `consumed`. */
export type FinancialsMonth = ItemOf<ProjectFinancials['by_month']>;

export type ProjectTaskPage = ApiData<'/tasks', 'get'>;
export type ProjectTask = ItemOf<ProjectTaskPage['tasks']>;
export type ProjectTimePage = ApiData<'/time-entries', 'get'>;
export type ProjectTimeEntry = ItemOf<ProjectTimePage['time_entries']>;
