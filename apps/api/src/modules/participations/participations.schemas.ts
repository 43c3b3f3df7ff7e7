import { OPTIONAL_PROJECT_FLAGS, PROJECT_LEVELS } from '@timekeeper/shared';
import { Type } from 'typebox';
import { Id, IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';
import { Money } from '../projects/projects.schemas.js';

/** Request values for access_level (docs/api/participations.md#levels). */
export const RequestLevel = StringEnum(PROJECT_LEVELS, {
  description: 'view_tasks < edit_tasks < view_time_and_expenses < edit_time_and_expenses < view_financials < edit_financials < admin',
});

const FlagsObject = Type.Object(
  { can_edit_time: Type.Optional(Type.Boolean()), can_edit_expense: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, description: 'Track Time / Track Expenses' },
);

export const Participation = Type.Object({
  id: Type.Integer(),
  project_id: Type.Integer(),
  user_id: Type.Integer(),
  user: Type.Object({ id: Type.Integer(), name: Type.String(), email: Type.String() }),
  access_level: Type.Union([Type.Literal('collaboration'), Type.Literal('time_logging'), Type.Literal('financial'), Type.Literal('admin')]),
  permissions_label: Type.Union([Type.Literal('edit'), Type.Literal('view_only'), Type.Literal('view_with_custom')]),
  level: RequestLevel,
  can_invite: Type.Boolean(),
  can_post: Type.Boolean(),
  can_edit_time: Type.Boolean(),
  can_edit_expense: Type.Boolean(),
  can_schedule_their_hours: Type.Optional(Type.Boolean()),
  can_schedule_team_hours: Type.Optional(Type.Boolean()),
  hourly_rate: Type.Optional(
    Type.Union([Type.Number(), Type.Null()], { description: "Overrides the project's rate; shown from the view_financials level" }),
  ),
  cost_rate: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});

export const OptionalFields = Type.String({
  maxLength: 200,
  pattern: `^(${OPTIONAL_PROJECT_FLAGS.join('|')})(,(${OPTIONAL_PROJECT_FLAGS.join('|')}))*$`,
  description: `Comma-separated: ${OPTIONAL_PROJECT_FLAGS.join(', ')}`,
});

export const ParticipationsQuery = Type.Object(
  {
    ...PaginationQuery,
    project_id: Type.Optional(Id),
    user_id: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 200, description: "Matches the member's name or email" })),
    optional_fields: Type.Optional(OptionalFields),
  },
  { additionalProperties: false },
);
export const OneQuery = Type.Object({ optional_fields: Type.Optional(OptionalFields) }, { additionalProperties: false });

/** What a member's body may set besides the project, the user and the level, all optional. */
const memberFields = {
  can_invite: Type.Optional(Type.Boolean()),
  can_post: Type.Optional(Type.Boolean()),
  can_schedule_their_hours: Type.Optional(Type.Boolean()),
  can_schedule_team_hours: Type.Optional(Type.Boolean()),
  permissions: Type.Optional(FlagsObject),
  hourly_rate: Type.Optional(Type.Union([Money, Type.Null()])),
  cost_rate: Type.Optional(Type.Union([Money, Type.Null()])),
};

export const CreateParticipationBody = Type.Object(
  { project_id: Id, user_id: Id, access_level: RequestLevel, ...memberFields },
  { additionalProperties: false },
);

export const UpdateParticipationBody = Type.Object(
  { access_level: Type.Optional(RequestLevel), ...memberFields },
  { additionalProperties: false, minProperties: 1 },
);

export const ParticipationList = Type.Object({ participations: Type.Array(Participation), pagination: Pagination });
