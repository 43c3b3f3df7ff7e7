/**
 * Access to user-owned records on a project — time entries (and the timer) and expenses:
 *
 * - the owner always sees their own records (the route checked view_own_*);
 * - others' records are visible only on projects allowing the team-view action
 *   (view_team_time / view_team_expenses); anything else is 404, never 403;
 * - changing a record follows the shared ownership rule (`recordRule` / `decideRecordChange` in
 *   @timekeeper/shared, the same the SPA gates its buttons with): your own needs the `*_own`
 *   permission and the log action on its project (log_own_time / log_own_expenses); someone
 *   else's needs the edit-others action to write it (edit_others_*) and the delete-others action
 *   to delete it (delete_others_*);
 * - a record written for someone else (`user_id`, or moving their record) names a member of the
 *   project who may record there themselves; otherwise one 422 that says nothing about who exists;
 * - moving a record checks write rights on the project it leaves and the one it joins;
 * - archived projects take no new or changed records (409).
 */
import {
  decideProjectAction,
  decideRecordChange,
  hasPermission,
  missingPermission,
  projectAccess,
  recordRule,
  type Permission,
  type ProjectAction,
  type RecordKind,
  type RecordVerb,
} from '@timekeeper/shared';
import { eq } from 'drizzle-orm';
import { tasks, users } from '../../db/schema/index.js';
import { requirePermission, type Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { AppError, conflict, notFound, unprocessable } from '../../lib/errors.js';
import { accessOf, loadUserSnapshot } from '../../kernel/auth/authz-cache.js';
import { allows, projectContext, requireAction, requireProject, type ProjectContext } from '../projects/project-access.js';
import { FieldErrors } from './time-input.js';

export interface RecordActions {
  /** The record kind of the shared ownership rule (`recordRule`), which names the write actions. */
  readonly kind: RecordKind;
  readonly viewTeam: ProjectAction;
  /** The account permission a person needs to record such records themselves. */
  readonly create: Permission;
  /** For messages: "time", "expenses". */
  readonly noun: string;
  /** For messages: "time entries", "expenses". */
  readonly plural: string;
}

export const TIME_ACTIONS: RecordActions = {
  kind: 'time_entry',
  viewTeam: 'view_team_time',
  create: 'create_time_entries',
  noun: 'time',
  plural: 'time entries',
};
export const EXPENSE_ACTIONS: RecordActions = {
  kind: 'expense',
  viewTeam: 'view_team_expenses',
  create: 'create_expenses',
  noun: 'expenses',
  plural: 'expenses',
};

/** The project action for writing a record: the log action for your own, the edit-others action for someone else's. */
const writeAction = (actions: RecordActions, own: boolean): ProjectAction => recordRule(actions.kind, 'edit', own).action;

export interface UserRef {
  id: number;
  name: string;
}

/** The project context, or null when the project is missing or invisible to the actor. */
export async function visibleProject(db: Tx, actor: Actor, projectId: number): Promise<ProjectContext | null> {
  try {
    return await requireProject(db, actor, projectId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

/** Own records always; others' only where the project allows the team view. */
export function canSee(actor: Actor, ownerId: number, ctx: ProjectContext | null, actions: RecordActions): boolean {
  if (ownerId === actor.userId) return true;
  return ctx !== null && allows(actor, ctx, actions.viewTeam);
}

/**
 * `requireAction`, also when the project has become invisible to the owner of a record on it
 * (the record is theirs, so they learn nothing new: 403 naming the level, not 404).
 */
export function requireOnProject(
  actor: Actor,
  ctx: ProjectContext | null,
  projectId: number,
  action: ProjectAction,
  what: string,
): asserts ctx is ProjectContext {
  if (ctx) return requireAction(actor, ctx, action, what);
  const decision = decideProjectAction(action, projectAccess(actor.account, null), actor.account);
  const minimum = decision.allowed ? 'view_tasks' : decision.minimum;
  throw new AppError('forbidden', `${what} requires at least the '${minimum}' level on project ${projectId}`, {
    required_project_level: minimum,
    project_id: projectId,
    project_action: action,
  });
}

export function requireActiveProject(ctx: ProjectContext): void {
  if (ctx.project.status !== 'active')
    throw conflict(`Project ${ctx.project.id} is archived; restore it to change its records`, { project_id: ctx.project.id });
}

/**
 * The project a record is written to: visible (404), the actor may write the owner's records
 * there (403: log action for your own, edit-others action for someone else's), active (409).
 */
export async function requireWritableProject(
  db: Tx,
  actor: Actor,
  projectId: number,
  own: boolean,
  actions: RecordActions,
  noun: string,
): Promise<ProjectContext> {
  const ctx = await requireProject(db, actor, projectId);
  requireAction(actor, ctx, writeAction(actions, own), own ? `Recording your own ${noun}` : `Changing someone else's ${noun}`);
  requireActiveProject(ctx);
  return ctx;
}

const VERB_WORDS: Readonly<Record<RecordVerb, string>> = { edit: 'Editing', delete: 'Deleting' };

/**
 * Editing or deleting an existing record, by the shared ownership rule (`decideRecordChange`):
 * the permission first (403 `required_permission`), then the project action (403
 * `required_project_level`, also when the project has become invisible to the owner). Returns the
 * record's project context.
 */
export function requireRecordChange(
  actor: Actor,
  record: { readonly own: boolean; readonly ctx: ProjectContext | null; readonly row: { readonly projectId: number } },
  actions: RecordActions,
  verb: RecordVerb,
): ProjectContext {
  const { own, ctx } = record;
  const decision = decideRecordChange(actions.kind, verb, own, {
    hasPermission: (requirement) => hasPermission(actor.account.permissions, requirement),
    projectAllows: (action) => ctx !== null && allows(actor, ctx, action),
  });
  if (decision.allowed && ctx) return ctx;
  const { permission, action } = recordRule(actions.kind, verb, own);
  const words = VERB_WORDS[verb];
  const missing = missingPermission(actor.account.permissions, permission);
  if (missing) requirePermission(actor, missing, own ? `${words} your ${actions.plural}` : `${words} someone else's ${actions.noun}`);
  // Refused on the project: throws the 403 naming the level.
  requireOnProject(
    actor,
    ctx,
    record.row.projectId,
    action,
    own ? `${words} your ${actions.noun} on this project` : `${words} someone else's ${actions.noun}`,
  );
  return ctx;
}

/** The owner of a record written on someone's behalf: must exist (404) and be active (409). */
export async function requireActiveUser(db: Tx, userId: number): Promise<UserRef> {
  const [user] = await db.select({ id: users.id, name: users.name, isActive: users.isActive }).from(users).where(eq(users.id, userId));
  if (!user) throw notFound(`User ${userId}`);
  if (!user.isActive) throw conflict(`User ${userId} is deactivated`);
  return { id: user.id, name: user.name };
}

/**
 * The owner of a record someone writes on their behalf (`user_id` on create, or a move of their
 * record): an active member of the project who may record there themselves — the same decision
 * as for their own records (the log action on the project, with their own account access and
 * participation, plus the create permission). Anything else — an unknown id, a deactivated user,
 * a non-member, a member without that right — is one and the same 422 on `path`, so the answer
 * never tells whether an id names somebody. Call it after the caller's own rights were checked.
 */
export async function requireRecordOwner(
  db: Tx,
  projectId: number,
  userId: number,
  actions: RecordActions,
  path: 'body.user_id' | 'body.project_id',
): Promise<UserRef> {
  const snapshot = await loadUserSnapshot(db, userId);
  if (snapshot?.isActive) {
    const owner: Actor = {
      userId: snapshot.id,
      email: snapshot.email,
      account: accessOf(snapshot),
      via: 'system',
      scopes: null,
      ip: null,
      requestId: null,
    };
    const ctx = await projectContext(db, owner, projectId);
    if (ctx?.access.participation && allows(owner, ctx, writeAction(actions, true)) && owner.account.permissions.has(actions.create))
      return { id: snapshot.id, name: snapshot.name };
  }
  const field = path === 'body.user_id' ? 'user_id' : 'project_id';
  const message =
    path === 'body.user_id'
      ? `must name an active member of the project who may record ${actions.noun} there`
      : `must name a project where the record's owner is an active member who may record ${actions.noun}`;
  throw unprocessable(`${field} ${message}`, { errors: [{ path, message }] });
}

/** A task given with a record: it exists and is visible (404) and belongs to the record's project (400). */
export async function checkTask(
  db: Tx,
  actor: Actor,
  ctx: ProjectContext,
  taskId: number | null | undefined,
  path = 'body.task_id',
): Promise<void> {
  if (taskId === undefined || taskId === null) return;
  const [task] = await db.select({ id: tasks.id, projectId: tasks.projectId }).from(tasks).where(eq(tasks.id, taskId));
  if (!task) throw notFound(`Task ${taskId}`);
  const taskProject = task.projectId === ctx.project.id ? ctx : await visibleProject(db, actor, task.projectId);
  if (!taskProject || !allows(actor, taskProject, 'view_tasks')) throw notFound(`Task ${taskId}`);
  if (task.projectId !== ctx.project.id) {
    const errors = new FieldErrors();
    errors.add(path, `task ${taskId} belongs to another project, not to project ${ctx.project.id}`);
    errors.throwIfAny();
  }
}

/**
 * The fields that differ between two audit views of a record, each side with only those fields
 * (plus `keep`, e.g. the project, for context): the before/after of an `*.update` audit row.
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
  keep: readonly (keyof T)[] = [],
): { before: Partial<T>; after: Partial<T>; changed: (keyof T)[] } {
  const changed = (Object.keys(after) as (keyof T)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  const pick = (view: T) => Object.fromEntries([...new Set([...keep, ...changed])].map((k) => [k, view[k]])) as Partial<T>;
  return { before: pick(before), after: pick(after), changed };
}
