import type { ApiBody, ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type UserList = ApiData<'/users', 'get'>;
/** The user object (docs/api/users.md). `roles` lists expired assignments too, with a past date. */
export type User = ItemOf<UserList['users']>;
export type UserFilters = ApiQuery<'/users', 'get'>;
/** `roles` needs manage_user_roles; omitted, the user gets the default role. */
export type CreateUserInput = ApiBody<'/users', 'post'>;
/** name/email need edit_users; is_active needs delete_users (false ends the user's sessions at once). */
export type UserPatch = ApiBody<'/users/{id}', 'patch'>;
export type UserRoles = ApiBody<'/users/{id}/roles', 'put'>;
export type RoleAssignment = ItemOf<UserRoles['roles']>;
export type UserPermissions = ApiData<'/users/{id}/permissions', 'get'>;
