/** Role objects as `GET /roles` and friends return them (docs/api/roles-and-permissions.md). */
export interface Role {
  id: number;
  name: string;
  description: string;
  is_system_role: boolean;
  /** Stored permissions, sorted by name; implied ones are not listed. */
  permissions: string[];
  /** Users holding the role now (unexpired assignments). */
  user_count: number;
  created_at: string;
  updated_at: string;
}

export interface RoleStatistics {
  total_roles: number;
  system_roles: number;
  custom_roles: number;
  users_with_roles: number;
}

export interface RoleList {
  roles: Role[];
  statistics: RoleStatistics;
}

export interface RoleInput {
  name: string;
  description?: string;
  permissions: string[];
}

export interface RoleExport {
  format: string;
  exported_at?: string;
  roles: { name: string; description?: string; is_system_role?: boolean; permissions: string[] }[];
}

export interface ImportResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}
