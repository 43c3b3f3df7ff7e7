import type { ApiData, ApiQuery } from '@/lib/api/types';

/** `GET /authz/explain` answers: a permission, or a project action (docs/api/roles-and-permissions.md). */
export type Explanation = ApiData<'/authz/explain', 'get'>;
/** A permission (`permission`) or a project action (`project_id` + `action`), for one user. */
export type ExplainParams = ApiQuery<'/authz/explain', 'get'>;
