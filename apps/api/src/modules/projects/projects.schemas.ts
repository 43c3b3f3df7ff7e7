import { PROJECT_ACTIONS, PROJECT_LEVELS } from '@timekeeper/shared';
import { Type } from 'typebox';
import { Id, IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';

export const Money = Type.Number({ minimum: 0, maximum: 1_000_000_000, multipleOf: 0.01 });
export const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. EUR' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const Project = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  client_id: Type.Union([Type.Integer(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
  billable: Type.Boolean(),
  // Financial fields: present only with at least the view_financials level on the project.
  hourly_rate: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  cost_rate: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  budget_amount: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  budget_hours: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  currency: Type.Optional(Type.String()),
  access_level: Type.String({ description: "The caller's level on this project (collaboration, time_logging, financial or admin)" }),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});

export const ProjectList = Type.Object({ projects: Type.Array(Project), pagination: Pagination });

export const ProjectsQuery = Type.Object(
  {
    ...PaginationQuery,
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('archived'), Type.Literal('all')], { default: 'active' })),
    client_id: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

/** The fields a project body may carry besides its name and status, all optional. */
const projectBodyFields = {
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  client_id: Type.Optional(Type.Union([Id, Type.Null()])),
  billable: Type.Optional(Type.Boolean()),
  hourly_rate: Type.Optional(Type.Union([Money, Type.Null()])),
  cost_rate: Type.Optional(Type.Union([Money, Type.Null()])),
  budget_amount: Type.Optional(Type.Union([Money, Type.Null()])),
  budget_hours: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 10_000_000, multipleOf: 0.25 }), Type.Null()])),
  currency: Type.Optional(Currency),
};

export const CreateProjectBody = Type.Object(
  { name: Name, ...projectBodyFields, status: Type.Optional(Type.Literal('active')) },
  { additionalProperties: false },
);

export const UpdateProjectBody = Type.Object(
  {
    name: Type.Optional(Name),
    ...projectBodyFields,
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('archived')])),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** `?permanent=true` deletes a project that holds no data instead of archiving it. */
export const DeleteProjectQuery = Type.Object({ permanent: Type.Optional(Type.Boolean()) }, { additionalProperties: false });

export const ProjectAccessView = Type.Object({
  project_id: Type.Integer(),
  level: StringEnum(PROJECT_LEVELS, {
    description:
      'The level the caller acts at: their membership level, admin for account admins, view_tasks for a non-member who sees the project through view_all_projects',
  }),
  membership_level: Type.Union([StringEnum(PROJECT_LEVELS), Type.Null()], {
    description: "The caller's own participation level, or null when not a member",
  }),
  access_level: Type.String(),
  permissions_label: Type.String(),
  level_source: Type.String({ description: 'participation, account_admin, or permission:view_all_projects' }),
  is_member: Type.Boolean(),
  flags: Type.Object({
    can_invite: Type.Boolean(),
    can_post: Type.Boolean(),
    can_edit_time: Type.Boolean(),
    can_edit_expense: Type.Boolean(),
    can_schedule_their_hours: Type.Boolean(),
    can_schedule_team_hours: Type.Boolean(),
  }),
  actions: Type.Array(StringEnum(PROJECT_ACTIONS)),
});

export const ProjectFinancials = Type.Object({
  project_id: Type.Integer(),
  currency: Type.String(),
  hourly_rate: Type.Union([Type.Number(), Type.Null()]),
  cost_rate: Type.Union([Type.Number(), Type.Null()]),
  budget_amount: Type.Union([Type.Number(), Type.Null()]),
  budget_hours: Type.Union([Type.Number(), Type.Null()]),
  consumed: Type.Object({
    hours: Type.Number(),
    billable_hours: Type.Number(),
    billable_amount: Type.Number({ description: 'Billable hours × the member rate, or the project rate' }),
    cost: Type.Number({ description: 'All hours × the member cost rate, or the project cost rate' }),
    expenses: Type.Number({ description: "Expenses in the project's currency" }),
    expenses_in_other_currencies: Type.Array(Type.Object({ currency: Type.String(), amount: Type.Number() }), {
      description: 'Expenses in other currencies, per currency: never converted, so left out of expenses and budget_used_percent',
    }),
    invoiced: Type.Number({ description: 'Totals of sent and paid invoices of this project' }),
  }),
  budget_used_percent: Type.Union([Type.Number(), Type.Null()], { description: 'Of the amount budget when set, else of the hours budget' }),
  by_month: Type.Array(
    Type.Object({
      month: Type.String({ description: 'YYYY-MM: a month in your time zone (or tz)' }),
      hours: Type.Number(),
      billable_amount: Type.Number(),
      cost: Type.Number(),
      expenses: Type.Number(),
    }),
    { description: 'Months with time or expenses, oldest first: time by the month of its start, expenses by their date' },
  ),
});
