/**
 * Tasks live inside projects, so the project layer decides on top of the account permissions
 * (docs/development/authorization.md#the-project-layer):
 *
 * - A task is visible when its project allows `view_tasks` (any participation, view_all_projects,
 *   account admins, and view_all_tasks on every project — it shows tasks, not the project) or
 *   when it is assigned to the caller. Invisible → 404. A project whose tasks the caller sees is
 *   known to them: task routes on it answer 403 naming the level, not 404.
 * - Creating, editing and deleting need the `edit_tasks` project action, plus the account rule:
 *   edit_all_tasks, or edit_own_tasks on tasks the caller created or is assigned to;
 *   delete_all_tasks, or delete_own_tasks on tasks the caller created.
 * - Assigning someone else (or unassigning someone else) needs assign_tasks; the assignee must be
 *   an active user who can see the project (a participant, or through their account permissions).
 * - Tasks of archived projects are read-only (409).
 */
import { decideProjectAction, projectAccess } from '@timekeeper/shared';
import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { projects, tasks, users } from '../../db/schema/index.js';
import { requirePermission, type Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { conflict, notFound } from '../../lib/errors.js';
import { changedColumns } from '../../lib/changed-columns.js';
import { paginate, type Page } from '../../lib/pagination.js';
import { containsPattern } from '../../lib/search.js';
import type { FilterOf } from '../../lib/schemas.js';
import { auditRow, recordAudit, recordChange } from '../audit/audit.service.js';
import { accessOf, loadUserSnapshot } from '../../kernel/auth/authz-cache.js';
import { participationOf, projectsAllowing, requireAction, requireProject, type ProjectContext } from '../projects/project-access.js';
import type { CreateTaskBody, Task, TasksQuery, UpdateTaskBody } from './tasks.schemas.js';

type Row = typeof tasks.$inferSelect;
type Assignee = { id: number; name: string } | null;

export function toTaskView(row: Row, assignee: Assignee): Static<typeof Task> {
  return {
    id: row.id,
    project_id: row.projectId,
    name: row.name,
    description: row.description,
    status: row.status,
    assignee_id: row.assigneeId,
    assignee: assignee && row.assigneeId !== null ? assignee : null,
    due_date: row.dueDate,
    created_by: row.createdBy,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

const withAssignee = (db: Tx) =>
  db
    .select({ t: tasks, a: { id: users.id, name: users.name } })
    .from(tasks)
    .leftJoin(users, eq(users.id, tasks.assigneeId));

function requireActiveProject(ctx: ProjectContext): void {
  if (ctx.project.status !== 'active') throw conflict(`Project ${ctx.project.id} is archived; its tasks are read-only`);
}

/**
 * The user may be given tasks on the project: exists (404), is active, and can see the project
 * as a participant or through their own account permissions (409 otherwise).
 */
async function requireAssignable(db: Tx, projectId: number, userId: number): Promise<{ id: number; name: string }> {
  const snapshot = await loadUserSnapshot(db, userId);
  if (!snapshot) throw notFound(`User ${userId}`);
  if (!snapshot.isActive) throw conflict(`User ${userId} is deactivated and cannot be assigned tasks`, { assignee_id: userId });
  const account = accessOf(snapshot);
  const access = projectAccess(account, await participationOf(db, projectId, userId));
  if (!decideProjectAction('view_tasks', access, account).allowed) {
    throw conflict(`User ${userId} cannot see project ${projectId}: add them as a participant before assigning them tasks`, {
      assignee_id: userId,
      project_id: projectId,
    });
  }
  return { id: snapshot.id, name: snapshot.name };
}

/** Assigning anyone but yourself, or taking a task away from someone else, needs assign_tasks. */
function requireAssignPermission(actor: Actor, current: number | null, next: number | null): void {
  if (next === current) return;
  const selfOnly = next === null ? current === actor.userId : next === actor.userId;
  if (!selfOnly) requirePermission(actor, 'assign_tasks', 'Assigning tasks to someone else');
}

export async function listTasks(db: Db, actor: Actor, filter: FilterOf<typeof TasksQuery>, page: Page) {
  let visibility: SQL | undefined;
  if (filter.project_id !== undefined) {
    // 404 when the project is invisible; a visible project shows all its tasks.
    await requireProject(db, actor, filter.project_id, 'view_tasks');
  } else {
    const visible = await projectsAllowing(db, actor, 'view_tasks');
    const mine = actor.userId === null ? undefined : eq(tasks.assigneeId, actor.userId);
    if (visible === 'all') visibility = undefined;
    else if (visible.length === 0) visibility = mine ?? eq(tasks.id, -1);
    else visibility = mine ? or(inArray(tasks.projectId, visible), mine) : inArray(tasks.projectId, visible);
  }
  const condition = and(
    visibility,
    filter.project_id !== undefined ? eq(tasks.projectId, filter.project_id) : undefined,
    filter.status !== undefined ? eq(tasks.status, filter.status) : undefined,
    filter.assignee_id !== undefined ? eq(tasks.assigneeId, filter.assignee_id) : undefined,
    filter.q ? ilike(tasks.name, containsPattern(filter.q)) : undefined,
  );
  const result = await paginate(
    page,
    async () => db.$count(tasks, condition),
    (limit, offset) => withAssignee(db).where(condition).orderBy(asc(tasks.projectId), asc(tasks.id)).limit(limit).offset(offset),
  );
  return { tasks: result.items.map((r) => toTaskView(r.t, r.a)), pagination: result.pagination };
}

interface Loaded {
  row: Row;
  assignee: Assignee;
  ctx: ProjectContext;
}

/** The task and the actor's access to its project, or 404 when the actor may not see the task. */
async function loadVisible(db: Tx, actor: Actor, id: number): Promise<Loaded> {
  const [found] = await db
    .select({ t: tasks, a: { id: users.id, name: users.name }, p: projects })
    .from(tasks)
    .innerJoin(projects, eq(projects.id, tasks.projectId))
    .leftJoin(users, eq(users.id, tasks.assigneeId))
    .where(eq(tasks.id, id));
  if (!found) throw notFound('Task');
  const participation = actor.userId === null ? null : await participationOf(db, found.t.projectId, actor.userId);
  const ctx: ProjectContext = { project: found.p, access: projectAccess(actor.account, participation) };
  const assignedToMe = actor.userId !== null && found.t.assigneeId === actor.userId;
  if (!assignedToMe && !decideProjectAction('view_tasks', ctx.access, actor.account).allowed) throw notFound('Task');
  return { row: found.t, assignee: found.a, ctx };
}

export async function getTask(db: Db, actor: Actor, id: number) {
  const { row, assignee } = await loadVisible(db, actor, id);
  return toTaskView(row, assignee);
}

export async function createTask(db: Db, actor: Actor, input: Static<typeof CreateTaskBody>) {
  return db.transaction(async (tx) => {
    const ctx = await requireProject(tx, actor, input.project_id, 'view_tasks');
    requireAction(actor, ctx, 'edit_tasks', 'Creating tasks');
    const assigneeId = input.assignee_id ?? null;
    requireAssignPermission(actor, null, assigneeId);
    requireActiveProject(ctx);
    const assignee = assigneeId === null ? null : await requireAssignable(tx, ctx.project.id, assigneeId);
    const [row] = await tx
      .insert(tasks)
      .values({
        projectId: ctx.project.id,
        name: input.name.trim(),
        description: input.description ?? '',
        status: input.status ?? 'todo',
        assigneeId,
        dueDate: input.due_date ?? null,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, { action: 'task.create', targetType: 'task', targetId: row!.id, after: auditRow(row!) });
    return toTaskView(row!, assignee);
  });
}

export async function updateTask(db: Db, actor: Actor, id: number, input: Static<typeof UpdateTaskBody>) {
  return db.transaction(async (tx) => {
    const { row, assignee, ctx } = await loadVisible(tx, actor, id);
    requireAction(actor, ctx, 'edit_tasks', 'Editing tasks');
    const own = actor.userId !== null && (row.createdBy === actor.userId || row.assigneeId === actor.userId);
    if (!(own && actor.account.permissions.has('edit_own_tasks')))
      requirePermission(actor, 'edit_all_tasks', 'Editing a task you neither created nor are assigned to');
    const changesAssignee = input.assignee_id !== undefined && input.assignee_id !== row.assigneeId;
    if (changesAssignee) requireAssignPermission(actor, row.assigneeId, input.assignee_id ?? null);
    requireActiveProject(ctx);
    let nextAssignee = assignee;
    if (changesAssignee)
      nextAssignee =
        input.assignee_id === null || input.assignee_id === undefined
          ? null
          : await requireAssignable(tx, ctx.project.id, input.assignee_id);
    const [after] = await tx
      .update(tasks)
      .set({
        ...changedColumns(
          { ...input, name: input.name?.trim() },
          { name: 'name', description: 'description', status: 'status', due_date: 'dueDate' },
        ),
        ...(changesAssignee ? { assigneeId: input.assignee_id ?? null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(tasks.id, id))
      .returning();
    await recordChange(tx, actor, 'task.update', { type: 'task', id }, auditRow(row), auditRow(after!));
    return toTaskView(after!, nextAssignee);
  });
}

/** Time entries keep their hours: time_entries.task_id is ON DELETE SET NULL. */
export async function deleteTask(db: Db, actor: Actor, id: number) {
  await db.transaction(async (tx) => {
    const { row, ctx } = await loadVisible(tx, actor, id);
    requireAction(actor, ctx, 'edit_tasks', 'Deleting tasks');
    const own = actor.userId !== null && row.createdBy === actor.userId;
    if (!(own && actor.account.permissions.has('delete_own_tasks')))
      requirePermission(actor, 'delete_all_tasks', 'Deleting a task you did not create');
    requireActiveProject(ctx);
    await tx.delete(tasks).where(eq(tasks.id, id));
    await recordAudit(tx, actor, { action: 'task.delete', targetType: 'task', targetId: id, before: auditRow(row) });
  });
}
