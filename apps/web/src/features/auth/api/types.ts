/** The user as the session endpoints return it (SPEC §5 users). */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
}

/** Body of `POST /auth/login`, `POST /setup` and `GET /auth/session` (SPEC §2, §3). */
export interface AuthSession {
  user: SessionUser;
  csrf_token: string;
}
