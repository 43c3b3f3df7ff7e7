/** `GET /authz/explain` answers: a permission, or a project action (docs/api/roles-and-permissions.md). */
export type ExplainReason =
  | {
      kind: 'role';
      role_id: number;
      role_name: string;
      is_system_role: boolean;
      expires_at: string | null;
      via: 'direct' | 'implied';
      implied_by?: string;
    }
  | { kind: 'legacy_admin' };

export type ExplainBlocker =
  | { kind: 'inactive_user' }
  | { kind: 'expired_assignment'; role_id: number; role_name: string; expired_at: string }
  | { kind: 'not_granted' };

export type DecidedBy =
  { kind: 'level'; minimum: string } | { kind: 'flag'; flag: string } | { kind: 'permission'; permission: string; allOf?: string[] };

export interface Explanation {
  user_id: number;
  allowed: boolean;
  summary: string;
  permission?: string;
  reasons?: ExplainReason[];
  blockers?: ExplainBlocker[];
  project_id?: number;
  action?: string;
  level?: string | null;
  level_source?: string | null;
  /** Whether the user sees the project (member, admin role, or view_all_projects) and through what. */
  visible?: boolean;
  visible_through?: string | null;
  participation?: { level: string; flags: Record<string, boolean> } | null;
  decided_by?: DecidedBy | null;
  minimum_level?: string | null;
  /** The account permission(s) that would also allow a refused action: a name, or {anyOf} / {allOf}. */
  alternative_permission?: string | { anyOf: string[] } | { allOf: string[] } | null;
}

export type ExplainParams = { user_id: number; permission: string } | { user_id: number; action: string; project_id: number };

export interface ProjectOption {
  id: number;
  name: string;
  status: 'active' | 'archived';
}
