import { PERMISSION_NAMES, PROJECT_ACTIONS } from '@timekeeper/shared';
import { Type } from 'typebox';
import { Id, StringEnum } from '../../lib/schemas.js';

export const ExplainQuery = Type.Object(
  {
    user_id: Id,
    permission: Type.Optional(StringEnum(PERMISSION_NAMES, { description: 'A permission from the catalog' })),
    action: Type.Optional(StringEnum(PROJECT_ACTIONS, { description: 'A project action (with project_id)' })),
    project_id: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const Explanation = Type.Object(
  {
    user_id: Type.Integer(),
    allowed: Type.Boolean(),
    summary: Type.String(),
    permission: Type.Optional(Type.String()),
    reasons: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }))),
    blockers: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }))),
    project_id: Type.Optional(Type.Integer()),
    action: Type.Optional(Type.String()),
    level: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    level_source: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    visible: Type.Optional(
      Type.Boolean({ description: 'Whether the user sees the project (a member, an account admin, or view_all_projects)' }),
    ),
    visible_through: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    participation: Type.Optional(Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()])),
    decided_by: Type.Optional(Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()])),
    minimum_level: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    alternative_permission: Type.Optional(
      Type.Union([Type.String(), Type.Object({}, { additionalProperties: true }), Type.Null()], {
        description: 'The account permission(s) that would also allow the refused action',
      }),
    ),
  },
  { additionalProperties: false },
);
