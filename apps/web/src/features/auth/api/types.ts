/** The user as the session endpoints return it (docs/api/users.md#the-user-object). */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
}

/** Body of `POST /auth/login`, `POST /setup` and `GET /auth/session` (docs/api/authentication.md). */
export interface AuthSession {
  user: SessionUser;
  csrf_token: string;
}
