/**
 * Project access (layer 3) for services: loads the caller's participation, combines it with the
 * account permissions through the shared decision function, and answers "may this actor do X on
 * project P" — the one place every domain service asks.
 *
 * Invisible projects are 404, never 403. Only a participation, an account admin role or
 * view_all_projects makes a project visible; other account permissions reach single actions on
 * the projects the caller sees (docs/development/authorization.md, "Project access").
 */
import {
  decideProjectAction,
  describeRequirement,
  NO_FLAGS,
  projectAccess,
  type Participation,
  type PermissionRequirement,
  type ProjectAccess,
  type ProjectAction,
  type ProjectFlags,
} from '@timekeeper/shared';
import { and, eq } from 'drizzle-orm';
import { participations, projects } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { AppError, notFound } from '../../lib/errors.js';

export type ProjectRow = typeof projects.$inferSelect;
type ParticipationRow = typeof participations.$inferSelect;

export function flagsOf(row: ParticipationRow): ProjectFlags {
  return {
    can_invite: row.canInvite,
    can_post: row.canPost,
    can_edit_time: row.canEditTime,
    can_edit_expense: row.canEditExpense,
    can_schedule_their_hours: row.canScheduleTheirHours,
    can_schedule_team_hours: row.canScheduleTeamHours,
  };
}

export function toParticipation(row: ParticipationRow | undefined | null): Participation | null {
  return row ? { level: row.level, flags: flagsOf(row) } : null;
}

export interface ProjectContext {
  project: ProjectRow;
  access: ProjectAccess;
}

export async function participationOf(db: Tx, projectId: number, userId: number): Promise<Participation | null> {
  const [row] = await db
    .select()
    .from(participations)
    .where(and(eq(participations.projectId, projectId), eq(participations.userId, userId)));
  return toParticipation(row);
}

/**
 * The project and the actor's access to it (`access.visible` false when invisible), or null when
 * it does not exist. For callers that already may name the project, e.g. through an invoice that bills it.
 */
export async function projectContext(db: Tx, actor: Actor, projectId: number): Promise<ProjectContext | null> {
  const [project] = await db.select().from(projects).where(eq(projects.id, projectId));
  if (!project) return null;
  return {
    project,
    access: projectAccess(actor.account, actor.userId === null ? null : await participationOf(db, projectId, actor.userId)),
  };
}

/**
 * The project and the actor's access to it, or 404 when it does not exist or is invisible.
 * `knownThrough`: an action that makes the project known to the caller although they cannot see
 * it (tasks pass `view_tasks`: view_all_tasks shows the tasks of every project, so a task route
 * on such a project answers 403 naming the level, not 404).
 */
export async function requireProject(
  db: Tx,
  actor: Actor,
  projectId: number,
  knownThrough: ProjectAction = 'view_project',
): Promise<ProjectContext> {
  const ctx = await projectContext(db, actor, projectId);
  if (!ctx || !decideProjectAction(knownThrough, ctx.access, actor.account).allowed) throw notFound('Project');
  return ctx;
}

export function allows(actor: Actor, ctx: ProjectContext, action: ProjectAction): boolean {
  return decideProjectAction(action, ctx.access, actor.account).allowed;
}

/** ", or the 'x' permission" for a denial whose action an account permission also reaches. */
export function alternative(permission: PermissionRequirement | null): string {
  if (permission === null) return '';
  const words = describeRequirement(permission);
  return typeof permission === 'object' && 'allOf' in permission
    ? `, or the ${words} permissions together`
    : `, or the ${words} permission`;
}

/** 403 naming the level needed: the project is visible, the action is not allowed. */
export function requireAction(actor: Actor, ctx: ProjectContext, action: ProjectAction, what?: string): void {
  const decision = decideProjectAction(action, ctx.access, actor.account);
  if (decision.allowed) return;
  throw new AppError(
    'forbidden',
    `${what ?? 'This action'} requires at least the '${decision.minimum}' level on project ${ctx.project.id}${alternative(decision.permission)}`,
    {
      required_project_level: decision.minimum,
      project_id: ctx.project.id,
      project_action: action,
    },
  );
}

/**
 * Projects on which the actor may do `action`: 'all' when the account alone allows it on every
 * project, otherwise the ids where a participation does.
 */
export async function projectsAllowing(db: Tx, actor: Actor, action: ProjectAction): Promise<'all' | number[]> {
  const baseline = projectAccess(actor.account, null);
  if (decideProjectAction(action, baseline, actor.account).allowed) return 'all';
  if (actor.userId === null) return [];
  const rows = await db.select().from(participations).where(eq(participations.userId, actor.userId));
  return rows
    .filter((r) => decideProjectAction(action, projectAccess(actor.account, toParticipation(r)), actor.account).allowed)
    .map((r) => r.projectId);
}

export { NO_FLAGS };
