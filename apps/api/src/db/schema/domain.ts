/**
 * The time-tracking domain: clients, projects and their members (participations), tasks,
 * time entries (the timer is a running entry), expenses and saved reports.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { PROJECT_LEVELS } from '@timekeeper/shared';
import { userIdColumn, users } from './identity.js';
import { timestamps } from './columns.js';

/** The values the status columns' CHECK constraints allow; the API's schemas and services use these. */
export const CLIENT_STATUSES = ['active', 'archived'] as const;
export const PROJECT_STATUSES = ['active', 'archived'] as const;
export const TASK_STATUSES = ['todo', 'in_progress', 'done'] as const;

/** A required project_id referencing projects; onDelete says what becomes of the row when its project goes. */
const projectIdColumn = (onDelete: 'cascade' | 'restrict') =>
  integer('project_id')
    .notNull()
    .references(() => projects.id, { onDelete });

export const clients = pgTable('clients', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email'),
  phone: text('phone'),
  address: text('address'),
  /** Internal notes: read and written only with manage_client_notes. */
  notes: text('notes').notNull().default(''),
  status: text('status', { enum: CLIENT_STATUSES }).notNull().default('active'),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  ...timestamps(),
});

export const projects = pgTable(
  'projects',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'restrict' }),
    status: text('status', { enum: PROJECT_STATUSES }).notNull().default('active'),
    billable: boolean('billable').notNull().default(true),
    hourlyRate: numeric('hourly_rate', { precision: 12, scale: 2, mode: 'number' }),
    /** What an hour costs the organisation (for margins), as opposed to what it is billed at. */
    costRate: numeric('cost_rate', { precision: 12, scale: 2, mode: 'number' }),
    budgetAmount: numeric('budget_amount', { precision: 14, scale: 2, mode: 'number' }),
    budgetHours: numeric('budget_hours', { precision: 10, scale: 2, mode: 'number' }),
    currency: text('currency').notNull().default('EUR'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [index('projects_client_idx').on(t.clientId), check('projects_status_check', sql`${t.status} in ('active', 'archived')`)],
);

export const participations = pgTable(
  'participations',
  {
    id: serial('id').primaryKey(),
    projectId: projectIdColumn('cascade'),
    userId: userIdColumn('cascade'),
    level: text('level', { enum: PROJECT_LEVELS }).notNull(),
    canInvite: boolean('can_invite').notNull().default(false),
    canPost: boolean('can_post').notNull().default(false),
    canEditTime: boolean('can_edit_time').notNull().default(false),
    canEditExpense: boolean('can_edit_expense').notNull().default(false),
    canScheduleTheirHours: boolean('can_schedule_their_hours').notNull().default(false),
    canScheduleTeamHours: boolean('can_schedule_team_hours').notNull().default(false),
    /** Overrides the project's hourly rate for this member's billable time. */
    hourlyRate: numeric('hourly_rate', { precision: 12, scale: 2, mode: 'number' }),
    costRate: numeric('cost_rate', { precision: 12, scale: 2, mode: 'number' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('participations_project_user_key').on(t.projectId, t.userId),
    index('participations_user_idx').on(t.userId),
    check(
      'participations_level_check',
      sql`${t.level} in ('view_tasks', 'edit_tasks', 'view_time_and_expenses', 'edit_time_and_expenses', 'view_financials', 'edit_financials', 'admin')`,
    ),
  ],
);

export const tasks = pgTable(
  'tasks',
  {
    id: serial('id').primaryKey(),
    projectId: projectIdColumn('cascade'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('todo'),
    assigneeId: integer('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: date('due_date', { mode: 'string' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('tasks_project_idx').on(t.projectId),
    index('tasks_assignee_idx').on(t.assigneeId),
    check('tasks_status_check', sql`${t.status} in ('todo', 'in_progress', 'done')`),
  ],
);

export const timeEntries = pgTable(
  'time_entries',
  {
    id: serial('id').primaryKey(),
    userId: userIdColumn('restrict'),
    projectId: projectIdColumn('restrict'),
    taskId: integer('task_id').references(() => tasks.id, { onDelete: 'set null' }),
    startTime: timestamp('start_time', { withTimezone: true }).notNull(),
    /** null while the timer runs. */
    endTime: timestamp('end_time', { withTimezone: true }),
    durationSeconds: integer('duration_seconds'),
    billable: boolean('billable').notNull().default(true),
    notes: text('notes').notNull().default(''),
    idempotencyKey: text('idempotency_key'),
    /** Started with the timer (POST /timer/start, or continuing an entry): the timesheet never changes these. */
    fromTimer: boolean('from_timer').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index('time_entries_user_start_idx').on(t.userId, t.startTime),
    index('time_entries_project_start_idx').on(t.projectId, t.startTime),
    index('time_entries_start_idx').on(t.startTime),
    // The few entries longer than a day, so a list of entries overlapping some days knows how far
    // back to look (time-entries.service.ts, `overlapping`).
    index('time_entries_longer_than_a_day_idx')
      .on(t.durationSeconds)
      .where(sql`${t.durationSeconds} > 86400`),
    // At most one running timer per user, enforced by the database (races included).
    uniqueIndex('time_entries_one_running_per_user')
      .on(t.userId)
      .where(sql`${t.endTime} is null`),
    uniqueIndex('time_entries_idempotency_key').on(t.userId, t.idempotencyKey),
    check('time_entries_end_after_start', sql`${t.endTime} is null or ${t.endTime} > ${t.startTime}`),
    check(
      'time_entries_duration_matches',
      sql`(${t.endTime} is null and ${t.durationSeconds} is null) or (${t.endTime} is not null and ${t.durationSeconds} = extract(epoch from ${t.endTime} - ${t.startTime})::integer)`,
    ),
  ],
);

export const expenses = pgTable(
  'expenses',
  {
    id: serial('id').primaryKey(),
    userId: userIdColumn('restrict'),
    projectId: projectIdColumn('restrict'),
    date: date('date', { mode: 'string' }).notNull(),
    amount: numeric('amount', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    category: text('category').notNull(),
    description: text('description').notNull().default(''),
    billable: boolean('billable').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    index('expenses_user_date_idx').on(t.userId, t.date),
    index('expenses_project_date_idx').on(t.projectId, t.date),
    check('expenses_amount_positive', sql`${t.amount} > 0`),
  ],
);

export const savedReports = pgTable(
  'saved_reports',
  {
    id: serial('id').primaryKey(),
    userId: userIdColumn('cascade'),
    name: text('name').notNull(),
    params: jsonb('params').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_reports_user_idx').on(t.userId)],
);
