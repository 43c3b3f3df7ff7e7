import { Type } from 'typebox';
import { Id, IsoDateTime, Pagination, PaginationQuery } from '../../lib/schemas.js';

export const AuditQuery = Type.Object(
  {
    ...PaginationQuery,
    actor_user_id: Type.Optional(Id),
    action: Type.Optional(Type.String({ maxLength: 100, description: 'Exact action, or a prefix ending in .* (e.g. role.*)' })),
    target_type: Type.Optional(Type.String({ maxLength: 50 })),
    target_id: Type.Optional(Type.String({ maxLength: 50 })),
    from: Type.Optional(IsoDateTime),
    to: Type.Optional(IsoDateTime),
  },
  { additionalProperties: false },
);

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  created_at: IsoDateTime,
  actor_user_id: Type.Union([Type.Integer(), Type.Null()]),
  actor_email: Type.Union([Type.String(), Type.Null()]),
  actor_name: Type.Union([Type.String(), Type.Null()], {
    description: "The actor's name now (null for the system and the CLI, or a deleted user); actor_email is the address at the time",
  }),
  via: Type.String(),
  action: Type.String(),
  target_type: Type.String(),
  target_id: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  ip: Type.Union([Type.String(), Type.Null()]),
  request_id: Type.Union([Type.String(), Type.Null()]),
});

export const AuditLogList = Type.Object({ audit_logs: Type.Array(AuditEntry), pagination: Pagination });
