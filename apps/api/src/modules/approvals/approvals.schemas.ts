import { Type } from 'typebox';
import { APPROVAL_STATUSES } from '../../db/schema/index.js';
import { TzParam } from '../../lib/caller-calendar.js';
import { Id, IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';

export const ApprovalStatus = StringEnum(APPROVAL_STATUSES);

export const Approval = Type.Object({
  id: Type.Integer(),
  time_entry_id: Type.Integer(),
  status: ApprovalStatus,
  requested_by: Type.Integer(),
  requested_at: IsoDateTime,
  decided_by: Type.Union([Type.Integer(), Type.Null()]),
  decided_at: Type.Union([IsoDateTime, Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  comment: Type.String(),
  time_entry: Type.Object({
    id: Type.Integer(),
    user_id: Type.Integer(),
    user: Type.Object({ id: Type.Integer(), name: Type.String() }),
    project_id: Type.Integer(),
    project: Type.Object({ id: Type.Integer(), name: Type.String() }),
    start_time: IsoDateTime,
    end_time: Type.Union([IsoDateTime, Type.Null()]),
    duration_seconds: Type.Union([Type.Integer(), Type.Null()]),
    billable: Type.Boolean(),
    notes: Type.String(),
  }),
});

const Comment = Type.String({ maxLength: 1000 });

/** The optional body of request-approval and approve. */
export const CommentBody = Type.Object({ comment: Type.Optional(Comment) }, { additionalProperties: false });

export const ApprovalsQuery = Type.Object(
  {
    ...PaginationQuery,
    status: Type.Optional(ApprovalStatus),
    queue: Type.Optional(StringEnum(['to_approve', 'mine'] as const)),
    project_id: Type.Optional(Id),
    user_id: Type.Optional(Id),
    week: Type.Optional(
      Type.String({
        format: 'date',
        description:
          'Any day (YYYY-MM-DD) of a week: only entries starting in that week, your week (your time zone, or tz; from your week_start)',
      }),
    ),
    tz: Type.Optional(TzParam),
  },
  { additionalProperties: false },
);

export const ApprovalList = Type.Object({ time_entry_approvals: Type.Array(Approval), pagination: Pagination });

export const RejectBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) },
  { additionalProperties: false },
);

export const BulkApproveBody = Type.Object(
  { ids: Type.Array(Id, { minItems: 1, maxItems: 500 }), comment: Type.Optional(Comment) },
  { additionalProperties: false },
);

export const BulkApproveResult = Type.Object({
  approved: Type.Integer(),
  results: Type.Array(Type.Object({ id: Type.Integer(), status: Type.String() })),
});
