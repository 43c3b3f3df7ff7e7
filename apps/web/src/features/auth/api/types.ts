import type { ApiBody, ApiData } from '@/lib/api/types';

/** Body of `POST /auth/login`, `POST /setup` and `GET /auth/session` (docs/api/authentication.md). */
export type AuthSession = ApiData<'/auth/session', 'get'>;
/** The user as the session endpoints return it (docs/api/users.md#the-user-object). */
export type SessionUser = AuthSession['user'];
export type LoginBody = ApiBody<'/auth/login', 'post'>;
