import type { RoleRef } from '@/lib/access';

/** The user object of docs/api/users.md (GET/PATCH /users/me, the session answer). */
export interface Me {
  id: number;
  email: string;
  name: string;
  is_active: boolean;
  legacy_role: string | null;
  roles: RoleRef[];
  created_at: string;
  last_login_at: string | null;
}

/** One of your sessions (GET /auth/sessions); `id` is a short, non-secret prefix. */
export interface SessionInfo {
  id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
  current: boolean;
}
