/** Shapes of the participations endpoints (apps/api participations.schemas.ts, docs/api/participations.md). */
import type { PermissionsLabel, ProjectLevel, ResponseAccessLevel } from '@timekeeper/shared';
import type { PaginationInfo } from '@/components/ui/pagination';

export interface Participation {
  id: number;
  project_id: number;
  user_id: number;
  user: { id: number; name: string; email: string };
  /** Response mapping of the level (docs/api/participations.md#levels): collaboration, time_logging, financial, admin. */
  access_level: ResponseAccessLevel;
  permissions_label: PermissionsLabel;
  /** The request value of the level. */
  level: ProjectLevel;
  can_invite: boolean;
  can_post: boolean;
  can_edit_time: boolean;
  can_edit_expense: boolean;
  /** Only when asked for with optional_fields. */
  can_schedule_their_hours?: boolean;
  can_schedule_team_hours?: boolean;
  created_at: string;
  updated_at: string;
}

export interface ParticipationList {
  participations: Participation[];
  pagination: PaginationInfo;
}

/** Top-level flags, and Track Time / Track Expenses inside `permissions` (docs/api/participations.md). */
export interface ParticipationFlagsBody {
  can_invite?: boolean;
  can_post?: boolean;
  can_schedule_their_hours?: boolean;
  can_schedule_team_hours?: boolean;
  permissions?: { can_edit_time?: boolean; can_edit_expense?: boolean };
}

export interface CreateParticipationBody extends ParticipationFlagsBody {
  project_id: number;
  user_id: number;
  access_level: ProjectLevel;
}

export interface UpdateParticipationBody extends ParticipationFlagsBody {
  access_level?: ProjectLevel;
}

export interface UserOption {
  id: number;
  name: string;
  email: string;
  is_active: boolean;
}
