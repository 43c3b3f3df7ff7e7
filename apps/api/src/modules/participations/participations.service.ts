/**
 * Participations: who takes part in a project, at which level, with which extra flags.
 *
 * - Members of a project see its members; others get 404.
 * - Project admins manage members. A member with `can_invite` may add people at a level no
 *   higher than their own, without extra flags.
 * - A project keeps at least one admin participant.
 */
import { describeLevel, levelAtLeast, type ProjectFlag } from '@timekeeper/shared';
import { and, asc, count, eq, ilike, inArray, ne, or, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { participations, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { changedColumns } from '../../lib/changed-columns.js';
import { paginate, type Page } from '../../lib/pagination.js';
import { containsPattern } from '../../lib/search.js';
import type { FilterOf } from '../../lib/schemas.js';
import { auditRow, recordAudit, recordChange } from '../audit/audit.service.js';
import type { CreateParticipationBody, Participation, ParticipationsQuery, UpdateParticipationBody } from './participations.schemas.js';
import { allows, flagsOf, projectsAllowing, requireAction, requireProject, type ProjectContext } from '../projects/project-access.js';

type Row = typeof participations.$inferSelect;

/** What create and update bodies share: the update body is the create body's optional part. */
type MemberChanges = Static<typeof UpdateParticipationBody>;

export function toParticipationView(
  row: Row,
  user: { id: number; name: string; email: string },
  optionalFields: readonly string[],
  showRates = false,
): Static<typeof Participation> {
  const flags = flagsOf(row);
  const { access_level, permissions_label } = describeLevel(row.level, flags);
  return {
    id: row.id,
    project_id: row.projectId,
    user_id: row.userId,
    user,
    access_level,
    permissions_label,
    level: row.level,
    can_invite: flags.can_invite,
    can_post: flags.can_post,
    can_edit_time: flags.can_edit_time,
    can_edit_expense: flags.can_edit_expense,
    ...(optionalFields.includes('can_schedule_their_hours') ? { can_schedule_their_hours: flags.can_schedule_their_hours } : {}),
    ...(optionalFields.includes('can_schedule_team_hours') ? { can_schedule_team_hours: flags.can_schedule_team_hours } : {}),
    ...(showRates ? { hourly_rate: row.hourlyRate, cost_rate: row.costRate } : {}),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export function parseOptionalFields(value: string | undefined): string[] {
  return value ? value.split(',') : [];
}

const withUser = (db: Tx) =>
  db
    .select({ p: participations, u: { id: users.id, name: users.name, email: users.email } })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId));

export async function listParticipations(
  db: Db,
  actor: Actor,
  filter: Omit<FilterOf<typeof ParticipationsQuery>, 'optional_fields'>,
  optional: string[],
  page: Page,
) {
  let visible: 'all' | number[];
  if (filter.project_id !== undefined) {
    await requireProject(db, actor, filter.project_id); // 404 when invisible
    visible = [filter.project_id];
  } else visible = await projectsAllowing(db, actor, 'view_project');
  if (visible !== 'all' && visible.length === 0)
    return { participations: [], pagination: { page: page.page, per_page: page.perPage, total: 0, pages: 1 } };
  const conditions: (SQL | undefined)[] = [
    visible === 'all' ? undefined : inArray(participations.projectId, visible),
    filter.user_id !== undefined ? eq(participations.userId, filter.user_id) : undefined,
    filter.q ? or(ilike(users.name, containsPattern(filter.q)), ilike(users.email, containsPattern(filter.q))) : undefined,
  ];
  const condition = and(...conditions);
  const result = await paginate(
    page,
    async () =>
      (await db.select({ n: count() }).from(participations).innerJoin(users, eq(users.id, participations.userId)).where(condition))[0]!.n,
    (limit, offset) => withUser(db).where(condition).orderBy(asc(participations.projectId), asc(users.name)).limit(limit).offset(offset),
  );
  const financial = await projectsAllowing(db, actor, 'view_financials');
  const showRates = (projectId: number) => financial === 'all' || financial.includes(projectId);
  return {
    participations: result.items.map((r) => toParticipationView(r.p, r.u, optional, showRates(r.p.projectId))),
    pagination: result.pagination,
  };
}

async function loadVisible(
  db: Tx,
  actor: Actor,
  id: number,
): Promise<{ row: Row; user: { id: number; name: string; email: string }; ctx: ProjectContext }> {
  const [found] = await withUser(db).where(eq(participations.id, id));
  if (!found) throw notFound('Participation');
  try {
    return { row: found.p, user: found.u, ctx: await requireProject(db, actor, found.p.projectId) };
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') throw notFound('Participation');
    throw err;
  }
}

export async function getParticipation(db: Db, actor: Actor, id: number, optional: string[]) {
  const { row, user, ctx } = await loadVisible(db, actor, id);
  return toParticipationView(row, user, optional, allows(actor, ctx, 'view_financials'));
}

function flagValues(input: MemberChanges) {
  return {
    ...changedColumns(input, {
      hourly_rate: 'hourlyRate',
      cost_rate: 'costRate',
      can_invite: 'canInvite',
      can_post: 'canPost',
      can_schedule_their_hours: 'canScheduleTheirHours',
      can_schedule_team_hours: 'canScheduleTeamHours',
    }),
    ...changedColumns(input.permissions ?? {}, { can_edit_time: 'canEditTime', can_edit_expense: 'canEditExpense' }),
  };
}

function setsAnyFlag(input: MemberChanges): ProjectFlag | null {
  const map: [ProjectFlag, boolean | undefined][] = [
    ['can_invite', input.can_invite],
    ['can_post', input.can_post],
    ['can_schedule_their_hours', input.can_schedule_their_hours],
    ['can_schedule_team_hours', input.can_schedule_team_hours],
    ['can_edit_time', input.permissions?.can_edit_time],
    ['can_edit_expense', input.permissions?.can_edit_expense],
  ];
  return map.find(([, v]) => v === true)?.[0] ?? null;
}

export async function createParticipation(db: Db, actor: Actor, input: Static<typeof CreateParticipationBody>) {
  return db.transaction(async (tx) => {
    const ctx = await requireProject(tx, actor, input.project_id);
    if (!allows(actor, ctx, 'manage_members')) {
      requireAction(actor, ctx, 'invite_members', 'Adding members');
      if (!levelAtLeast(ctx.access.level, input.access_level)) {
        throw new AppError('forbidden', `You can invite members at most at your own level (${ctx.access.level})`, {
          required_project_level: 'admin',
          project_id: ctx.project.id,
        });
      }
      const flag = setsAnyFlag(input);
      if (flag)
        throw new AppError('forbidden', `Only project administrators can grant ${flag}`, {
          required_project_level: 'admin',
          project_id: ctx.project.id,
        });
    }
    if (input.hourly_rate !== undefined || input.cost_rate !== undefined)
      requireAction(actor, ctx, 'edit_financials', "Setting a member's rates");
    if (ctx.project.status !== 'active') throw conflict('The project is archived');
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email, isActive: users.isActive })
      .from(users)
      .where(eq(users.id, input.user_id));
    if (!user) throw notFound(`User ${input.user_id}`);
    if (!user.isActive) throw conflict(`User ${input.user_id} is deactivated`);
    const [existing] = await tx
      .select({ id: participations.id })
      .from(participations)
      .where(and(eq(participations.projectId, input.project_id), eq(participations.userId, input.user_id)));
    if (existing)
      throw conflict(`User ${input.user_id} already takes part in this project (participation ${existing.id})`, {
        participation_id: existing.id,
      });
    const [row] = await tx
      .insert(participations)
      .values({ projectId: input.project_id, userId: input.user_id, level: input.access_level, ...flagValues(input) })
      .returning();
    await recordAudit(tx, actor, { action: 'participation.create', targetType: 'participation', targetId: row!.id, after: auditRow(row!) });
    return toParticipationView(row!, { id: user.id, name: user.name, email: user.email }, [], allows(actor, ctx, 'view_financials'));
  });
}

async function assertAnotherAdmin(tx: Tx, projectId: number, exceptId: number): Promise<void> {
  const others = await tx.$count(
    participations,
    and(eq(participations.projectId, projectId), eq(participations.level, 'admin'), ne(participations.id, exceptId)),
  );
  if (others === 0) throw conflict('A project keeps at least one administrator; make someone else admin first');
}

export async function updateParticipation(db: Db, actor: Actor, id: number, input: MemberChanges, optional: string[]) {
  return db.transaction(async (tx) => {
    const { row, user, ctx } = await loadVisible(tx, actor, id);
    const changesMembership =
      input.access_level !== undefined ||
      input.permissions !== undefined ||
      (['can_invite', 'can_post', 'can_schedule_their_hours', 'can_schedule_team_hours'] as const).some((k) => input[k] !== undefined);
    const changesRates = input.hourly_rate !== undefined || input.cost_rate !== undefined;
    if (changesMembership || !changesRates) requireAction(actor, ctx, 'manage_members', 'Changing members');
    if (changesRates) requireAction(actor, ctx, 'edit_financials', "Setting a member's rates");
    if (row.level === 'admin' && input.access_level !== undefined && input.access_level !== 'admin')
      await assertAnotherAdmin(tx, row.projectId, row.id);
    const [after] = await tx
      .update(participations)
      .set({ ...changedColumns(input, { access_level: 'level' }), ...flagValues(input), updatedAt: new Date() })
      .where(eq(participations.id, id))
      .returning();
    await recordChange(tx, actor, 'participation.update', { type: 'participation', id }, auditRow(row), auditRow(after!));
    return toParticipationView(after!, user, optional, allows(actor, ctx, 'view_financials'));
  });
}

/** Project admins remove anyone; everyone may leave a project themselves. */
export async function deleteParticipation(db: Db, actor: Actor, id: number) {
  await db.transaction(async (tx) => {
    const { row, ctx } = await loadVisible(tx, actor, id);
    if (row.userId !== actor.userId) requireAction(actor, ctx, 'manage_members', 'Removing members');
    if (row.level === 'admin') await assertAnotherAdmin(tx, row.projectId, row.id);
    await tx.delete(participations).where(eq(participations.id, id));
    await recordAudit(tx, actor, { action: 'participation.delete', targetType: 'participation', targetId: id, before: auditRow(row) });
  });
}
