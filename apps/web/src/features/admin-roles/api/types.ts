import type { ApiBody, ApiData, ItemOf } from '@/lib/api/types';

/** Role objects as `GET /roles` and friends return them (docs/api/roles-and-permissions.md). */
export type RoleList = ApiData<'/roles', 'get'>;
export type Role = ItemOf<RoleList['roles']>;
export type RoleStatistics = RoleList['statistics'];
export type RoleInput = ApiBody<'/roles', 'post'>;
export type RolePatch = ApiBody<'/roles/{id}', 'patch'>;
/** What `GET /roles/export` writes and `POST /roles/import` reads (`exported_at` optional there). */
export type RoleExport = ApiBody<'/roles/import', 'post'>;
export type ImportResult = ApiData<'/roles/import', 'post'>;
