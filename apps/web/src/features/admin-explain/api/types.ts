/** `GET /authz/explain` answers: a permission, or a project action (docs/api/roles-and-permissions.md). */
export type ExplainReason =
  | { kind: 'role'; role_id: number; role_name: string; is_system_role: boolean; expires_at: string | null; via: 'direct' | 'implied'; implied_by?: string }
  | { kind: 'legacy_admin' };

export type ExplainBlocker =
  | { kind: 'inactive_user' }
  | { kind: 'expired_assignment'; role_id: number; role_name: string; expired_at: string }
  | { kind: 'not_granted' };

export type DecidedBy = { kind: 'level'; minimum: string } | { kind: 'flag'; flag: string } | { kind: 'permission'; permission: string };

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
  participation?: { level: string; flags: Record<string, boolean> } | null;
  decided_by?: DecidedBy | null;
  minimum_level?: string | null;
}

export type ExplainParams = { user_id: number; permission: string } | { user_id: number; action: string; project_id: number };

export interface ProjectOption {
  id: number;
  name: string;
  status: 'active' | 'archived';
}
