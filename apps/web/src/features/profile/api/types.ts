import type { ApiBody, ApiData, ItemOf } from '@/lib/api/types';

/** The user object of docs/api/users.md (GET/PATCH /users/me, the session answer). */
export type Me = ApiData<'/users/me', 'get'>;
export type MePatch = ApiBody<'/users/me', 'patch'>;
/** One of your sessions (GET /auth/sessions); `id` is a short, non-secret prefix. */
export type SessionList = ApiData<'/auth/sessions', 'get'>;
export type SessionInfo = ItemOf<SessionList['sessions']>;
export type PasswordChange = ApiBody<'/auth/password', 'post'>;
export type LogoutEverywhereResult = ApiData<'/auth/logout-everywhere', 'post'>;
