/**
 * Projects. Visible to participants and to holders of view_all_projects (and account admins);
 * financial fields only from the view_financials level; edits need the project admin level on
 * top of the route's account permission. The creator becomes the project's admin participant.
 */
import {
  allowedProjectActions,
  decideProjectAction,
  describeProjectAccess,
  displayLevel,
  projectAccess,
  type ProjectAccess,
} from '@timekeeper/shared';
import { and, asc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { participations, projects } from '../../db/schema/index.js';
import { requirePermission, type Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { containsPattern } from '../../lib/search.js';
import { changedColumns } from '../../lib/changed-columns.js';
import { paginate, type Page } from '../../lib/pagination.js';
import type { FilterOf } from '../../lib/schemas.js';
import { callerCalendar } from '../../lib/caller-calendar.js';
import { auditRow, recordAudit, recordChange } from '../audit/audit.service.js';
import { requireActiveClient } from '../clients/clients.service.js';
import { projectsAllowing, requireAction, requireProject, toParticipation, type ProjectRow } from './project-access.js';
import type {
  CreateProjectBody,
  Project,
  ProjectAccessView,
  ProjectFinancials,
  ProjectsQuery,
  UpdateProjectBody,
} from './projects.schemas.js';

export function toProjectView(project: ProjectRow, access: ProjectAccess, actor: Actor): Static<typeof Project> {
  const financial = decideProjectAction('view_financials', access, actor.account).allowed;
  return {
    id: project.id,
    name: project.name,
    description: project.description,
    client_id: project.clientId,
    status: project.status,
    billable: project.billable,
    ...(financial
      ? {
          hourly_rate: project.hourlyRate,
          cost_rate: project.costRate,
          budget_amount: project.budgetAmount,
          budget_hours: project.budgetHours,
          currency: project.currency,
        }
      : {}),
    access_level: describeProjectAccess(access)?.access_level ?? 'none',
    created_at: project.createdAt.toISOString(),
    updated_at: project.updatedAt.toISOString(),
  };
}

export async function listProjects(db: Db, actor: Actor, filter: FilterOf<typeof ProjectsQuery>, page: Page) {
  const visible = await projectsAllowing(db, actor, 'view_project');
  if (visible !== 'all' && visible.length === 0)
    return { projects: [], pagination: { page: page.page, per_page: page.perPage, total: 0, pages: 1 } };
  const conditions: (SQL | undefined)[] = [
    visible === 'all' ? undefined : inArray(projects.id, visible),
    filter.status === 'all' ? undefined : eq(projects.status, filter.status ?? 'active'),
    filter.client_id !== undefined ? eq(projects.clientId, filter.client_id) : undefined,
    filter.q ? ilike(projects.name, containsPattern(filter.q)) : undefined,
  ];
  const condition = and(...conditions);
  const result = await paginate(
    page,
    async () => db.$count(projects, condition),
    (limit, offset) =>
      db.select().from(projects).where(condition).orderBy(asc(projects.name), asc(projects.id)).limit(limit).offset(offset),
  );
  const mine = actor.userId === null ? [] : await db.select().from(participations).where(eq(participations.userId, actor.userId));
  const views = result.items.map((p) => {
    const access = projectAccess(actor.account, toParticipation(mine.find((m) => m.projectId === p.id)));
    return toProjectView(p, access, actor);
  });
  return { projects: views, pagination: result.pagination };
}

export async function getProject(db: Db, actor: Actor, id: number) {
  const ctx = await requireProject(db, actor, id);
  return toProjectView(ctx.project, ctx.access, actor);
}

export async function createProject(db: Db, actor: Actor, input: Static<typeof CreateProjectBody>) {
  return db.transaction(async (tx) => {
    await requireActiveClient(tx, input.client_id);
    const [project] = await tx
      .insert(projects)
      .values({
        name: input.name.trim(),
        description: input.description ?? '',
        clientId: input.client_id ?? null,
        billable: input.billable ?? true,
        hourlyRate: input.hourly_rate ?? null,
        costRate: input.cost_rate ?? null,
        budgetAmount: input.budget_amount ?? null,
        budgetHours: input.budget_hours ?? null,
        currency: input.currency ?? 'EUR',
        createdBy: actor.userId,
      })
      .returning();
    if (actor.userId !== null) await tx.insert(participations).values({ projectId: project!.id, userId: actor.userId, level: 'admin' });
    await recordAudit(tx, actor, { action: 'project.create', targetType: 'project', targetId: project!.id, after: auditRow(project!) });
    const ctx = await requireProject(tx, actor, project!.id);
    return toProjectView(ctx.project, ctx.access, actor);
  });
}

/** The body fields an update writes to their column as they come (after trimming the name). */
const PROJECT_COLUMNS = {
  name: 'name',
  description: 'description',
  client_id: 'clientId',
  billable: 'billable',
  hourly_rate: 'hourlyRate',
  budget_amount: 'budgetAmount',
  cost_rate: 'costRate',
  budget_hours: 'budgetHours',
  currency: 'currency',
  status: 'status',
} as const;

const FINANCIAL_FIELDS = ['hourly_rate', 'cost_rate', 'budget_amount', 'budget_hours', 'currency'] as const;

export async function updateProject(db: Db, actor: Actor, id: number, input: Static<typeof UpdateProjectBody>) {
  return db.transaction(async (tx) => {
    const ctx = await requireProject(tx, actor, id);
    const touchesFinancials = FINANCIAL_FIELDS.some((f) => input[f] !== undefined);
    const touchesDetails = (['name', 'description', 'client_id', 'billable', 'status'] as const).some((f) => input[f] !== undefined);
    const changesStatus = input.status !== undefined && input.status !== ctx.project.status;
    // Both layers: the account permission for the kind of change, and the level on this project.
    if (touchesDetails) {
      requirePermission(actor, 'edit_projects', 'Editing project details');
      requireAction(actor, ctx, 'edit_project', 'Editing project details');
    }
    if (touchesFinancials) {
      if (!actor.account.permissions.has('edit_projects') && !actor.account.permissions.has('manage_project_costs')) {
        requirePermission(actor, 'manage_project_costs', 'Changing rates, budget or currency');
      }
      requireAction(actor, ctx, 'edit_financials', 'Changing rates, budget or currency');
    }
    if (changesStatus) {
      requirePermission(actor, 'archive_projects', 'Archiving or restoring a project');
      requireAction(actor, ctx, 'archive_project', 'Archiving or restoring a project');
    }
    await requireActiveClient(tx, input.client_id);
    const [after] = await tx
      .update(projects)
      .set({
        ...changedColumns({ ...input, name: input.name?.trim() }, PROJECT_COLUMNS),
        updatedAt: new Date(),
      })
      .where(eq(projects.id, id))
      .returning();
    await recordChange(tx, actor, 'project.update', { type: 'project', id }, auditRow(ctx.project), auditRow(after!));
    return toProjectView(after!, ctx.access, actor);
  });
}

/**
 * Permanently deletes a project that holds no data (no time entries, expenses or invoices):
 * a mistake made a minute ago. Anything with data is archived instead.
 */
export async function deleteProjectPermanently(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const ctx = await requireProject(tx, actor, id);
    requirePermission(actor, 'delete_projects', 'Deleting a project permanently');
    requireAction(actor, ctx, 'archive_project', 'Deleting a project permanently');
    const [usage] = (
      (await tx.execute(sql`
      select (select count(*)::int from time_entries where project_id = ${id}) + (select count(*)::int from expenses where project_id = ${id})
           + (select count(*)::int from invoices where project_id = ${id}) as n`)) as unknown as { rows: { n: number }[] }
    ).rows;
    if (Number(usage?.n ?? 0) > 0)
      throw new AppError('conflict', 'This project holds time entries, expenses or invoices; archive it instead');
    await tx.delete(projects).where(eq(projects.id, id));
    await recordAudit(tx, actor, { action: 'project.delete', targetType: 'project', targetId: id, before: auditRow(ctx.project) });
  });
}

export async function archiveProject(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const ctx = await requireProject(tx, actor, id);
    requireAction(actor, ctx, 'archive_project', 'Archiving a project');
    const [after] = await tx.update(projects).set({ status: 'archived', updatedAt: new Date() }).where(eq(projects.id, id)).returning();
    await recordChange(tx, actor, 'project.archive', { type: 'project', id }, { status: ctx.project.status }, { status: 'archived' });
    return toProjectView(after!, ctx.access, actor);
  });
}

/** GET /projects/{id}/access: what the caller may do here, for the SPA's tabs and buttons. */
export async function projectAccessView(db: Db, actor: Actor, id: number) {
  const ctx = await requireProject(db, actor, id);
  const described = describeProjectAccess(ctx.access)!;
  return {
    project_id: id,
    // A non-member who sees the project through view_all_projects acts at view_tasks; what other
    // account permissions reach beyond that is in `actions`, never in the level.
    level: displayLevel(ctx.access)!,
    membership_level: ctx.access.participation?.level ?? null,
    access_level: described.access_level,
    permissions_label: described.permissions_label,
    level_source: ctx.access.levelSource ?? ctx.access.visibleThrough ?? 'none',
    is_member: ctx.access.participation !== null,
    flags: ctx.access.flags,
    actions: allowedProjectActions(ctx.access, actor.account),
  } satisfies Static<typeof ProjectAccessView>;
}

/**
 * Budget consumption of a project, computed in SQL from its time entries and expenses: hours,
 * billable amount at member-or-project rates, cost at member-or-project cost rates.
 */
export async function projectFinancials(db: Db, actor: Actor, id: number, tz?: string) {
  const ctx = await requireProject(db, actor, id);
  requireAction(actor, ctx, 'view_financials', "Seeing a project's financials");
  const p = ctx.project;
  // Time counts in the month of its start in the caller's zone (docs/api/projects.md): an entry at
  // 07:00 on the 1st in Tokyo is that month's, though it began the month before in UTC.
  const { timeZone } = await callerCalendar(db, actor, tz);
  // One row per month with time or expenses (a full join: a month may have only one of them), so
  // an amount budget's burn (billable amount + expenses, like budget_used_percent) adds up by month.
  // Amounts are never converted: expenses in another currency than the project's are left out of
  // the sums and reported per currency on their own.
  type MonthRow = { month: string; hours: number; billable_hours: number; billable_amount: number; cost: number; expenses: number };
  const rows = (
    (await db.execute(sql`
    with t as (
      select to_char(e.start_time at time zone ${timeZone}, 'YYYY-MM') as month,
             coalesce(sum(e.duration_seconds), 0)::float8 / 3600 as hours,
             coalesce(sum(case when e.billable then e.duration_seconds else 0 end), 0)::float8 / 3600 as billable_hours,
             coalesce(sum(case when e.billable then e.duration_seconds * coalesce(m.hourly_rate, ${p.hourlyRate}) else 0 end), 0)::float8 / 3600 as billable_amount,
             coalesce(sum(e.duration_seconds * coalesce(m.cost_rate, ${p.costRate})), 0)::float8 / 3600 as cost
        from time_entries e
        left join participations m on m.project_id = e.project_id and m.user_id = e.user_id
       where e.project_id = ${id} and e.end_time is not null
       group by 1),
    x as (
      select to_char(x.date::timestamp, 'YYYY-MM') as month, sum(x.amount)::float8 as expenses
        from expenses x
       where x.project_id = ${id} and x.currency = ${p.currency}
       group by 1)
    select coalesce(t.month, x.month) as month,
           coalesce(t.hours, 0) as hours, coalesce(t.billable_hours, 0) as billable_hours,
           coalesce(t.billable_amount, 0) as billable_amount, coalesce(t.cost, 0) as cost,
           coalesce(x.expenses, 0) as expenses
      from t full join x on x.month = t.month
     order by 1`)) as unknown as { rows: MonthRow[] }
  ).rows;
  const [extra] = (
    (await db.execute(sql`
    select coalesce(sum(total), 0)::float8 as invoiced from invoices where project_id = ${id} and status in ('sent', 'paid') and currency = ${p.currency}`)) as unknown as {
      rows: { invoiced: number }[];
    }
  ).rows;
  const otherCurrencies = (
    (await db.execute(sql`
    select currency, sum(amount)::float8 as amount from expenses
     where project_id = ${id} and currency <> ${p.currency}
     group by currency order by currency`)) as unknown as { rows: { currency: string; amount: number }[] }
  ).rows;
  const round = (n: number) => Math.round(Number(n) * 100) / 100;
  const sum = (key: Exclude<keyof MonthRow, 'month'>) => round(rows.reduce((s, r) => s + Number(r[key]), 0));
  const consumed = {
    hours: sum('hours'),
    billable_hours: sum('billable_hours'),
    billable_amount: sum('billable_amount'),
    cost: sum('cost'),
    expenses: sum('expenses'),
    expenses_in_other_currencies: otherCurrencies.map((r) => ({ currency: r.currency, amount: round(r.amount) })),
    invoiced: round(extra?.invoiced ?? 0),
  };
  const used =
    p.budgetAmount !== null && p.budgetAmount > 0
      ? ((consumed.billable_amount + consumed.expenses) / p.budgetAmount) * 100
      : p.budgetHours !== null && p.budgetHours > 0
        ? (consumed.hours / p.budgetHours) * 100
        : null;
  return {
    project_id: id,
    currency: p.currency,
    hourly_rate: p.hourlyRate,
    cost_rate: p.costRate,
    budget_amount: p.budgetAmount,
    budget_hours: p.budgetHours,
    consumed,
    budget_used_percent: used === null ? null : round(used),
    by_month: rows.map((r) => ({
      month: r.month,
      hours: round(r.hours),
      billable_amount: round(r.billable_amount),
      cost: round(r.cost),
      expenses: round(r.expenses),
    })),
  } satisfies Static<typeof ProjectFinancials>;
}
