/**
 * Member access as the form edits it, and as the API wants it: levels and flags from
 * @timekeeper/shared, the UI names and the request shape of docs/api/participations.md
 * (can_edit_time / can_edit_expense inside `permissions`, the other flags top-level).
 */
import {
  levelAtLeast,
  NO_FLAGS,
  PROJECT_FLAG_LABELS,
  PROJECT_LEVELS,
  type ProjectFlag,
  type ProjectFlags,
  type ProjectLevel,
} from '@timekeeper/shared';
import type { CreateParticipationBody, Participation, ParticipationFlagsBody, UpdateParticipationBody } from '../api/types';

/** The flags in their UI order (the order of PROJECT_FLAG_LABELS). */
export const FLAG_ORDER = Object.keys(PROJECT_FLAG_LABELS) as ProjectFlag[];

export interface MemberAccess {
  level: ProjectLevel;
  flags: ProjectFlags;
}

export const DEFAULT_ACCESS: MemberAccess = { level: 'view_tasks', flags: NO_FLAGS };

export function accessOf(p: Participation): MemberAccess {
  return {
    level: p.level,
    flags: {
      can_invite: p.can_invite,
      can_post: p.can_post,
      can_edit_time: p.can_edit_time,
      can_edit_expense: p.can_edit_expense,
      can_schedule_their_hours: p.can_schedule_their_hours ?? false,
      can_schedule_team_hours: p.can_schedule_team_hours ?? false,
    },
  };
}

export function flagsBody(flags: ProjectFlags): ParticipationFlagsBody {
  return {
    can_invite: flags.can_invite,
    can_post: flags.can_post,
    can_schedule_their_hours: flags.can_schedule_their_hours,
    can_schedule_team_hours: flags.can_schedule_team_hours,
    permissions: { can_edit_time: flags.can_edit_time, can_edit_expense: flags.can_edit_expense },
  };
}

/** An inviter (not a project admin) may not set flags: the body then carries none. */
export function createBody(projectId: number, userId: number, access: MemberAccess, withFlags: boolean): CreateParticipationBody {
  return { project_id: projectId, user_id: userId, access_level: access.level, ...(withFlags ? flagsBody(access.flags) : {}) };
}

export function updateBody(access: MemberAccess): UpdateParticipationBody {
  return { access_level: access.level, ...flagsBody(access.flags) };
}

/** Levels one may give: all of them as a project admin, otherwise up to one's own level. */
export function grantableLevels(canManage: boolean, ownLevel: string | undefined): ProjectLevel[] {
  if (canManage) return [...PROJECT_LEVELS];
  return PROJECT_LEVELS.filter(
    (l) => (PROJECT_LEVELS as readonly string[]).includes(ownLevel ?? '') && levelAtLeast(ownLevel as ProjectLevel, l),
  );
}
