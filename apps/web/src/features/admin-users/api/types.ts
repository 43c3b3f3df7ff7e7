import type { RoleRef } from '@/lib/access';
import type { PaginationInfo } from '@/components/ui/pagination';

/** The user object (docs/api/users.md). `roles` lists expired assignments too, with a past date. */
export interface User {
  id: number;
  email: string;
  name: string;
  is_active: boolean;
  /** The legacy single-role column; a migration hint when the user has no roles. */
  legacy_role: string | null;
  roles: RoleRef[];
  created_at: string;
  last_login_at: string | null;
}

export interface UserList {
  users: User[];
  pagination: PaginationInfo;
}

export interface UserFilters {
  q?: string;
  role?: string;
  is_active?: boolean;
  page?: number;
  per_page?: number;
}

export interface RoleAssignment {
  /** Role id (names work too, ids never change). */
  role: number;
  expires_at?: string | null;
}

export interface UserPermissions {
  user_id: number;
  username: string;
  name: string;
  is_active: boolean;
  is_admin: boolean;
  roles: RoleRef[];
  permissions: { id: number; name: string; category: string; description: string }[];
}
