import { Type } from 'typebox';
import { TzParam } from '../../lib/caller-calendar.js';
import { Id, IsoDateTime, Pagination, PaginationQuery } from '../../lib/schemas.js';
import { DURATION_FORMATS } from './entry-span.js';
import { MAX_DURATION_SECONDS } from './time-input.js';

export const UserRef = Type.Object({ id: Type.Integer(), name: Type.String() });
export const Notes = Type.String({ maxLength: 5000 });
const Duration = Type.Integer({ minimum: 1, maximum: MAX_DURATION_SECONDS, description: 'Seconds, at most 7 days' });
const Instant = Type.String({ format: 'date-time', description: 'RFC 3339 with a time zone; stored to the whole second' });
const TypedDuration = Type.String({
  minLength: 1,
  maxLength: 50,
  description: `A duration as people type it, instead of duration_seconds: ${DURATION_FORMATS}; at most 24 hours`,
});

export const TimeEntry = Type.Object({
  id: Type.Integer(),
  user_id: Type.Integer(),
  user: UserRef,
  project_id: Type.Integer(),
  task_id: Type.Union([Type.Integer(), Type.Null()]),
  start_time: IsoDateTime,
  end_time: Type.Union([IsoDateTime, Type.Null()], { description: 'null while the timer runs' }),
  duration_seconds: Type.Union([Type.Integer(), Type.Null()], { description: 'null while the timer runs' }),
  billable: Type.Boolean(),
  notes: Type.String(),
  approval_status: Type.Union([Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')]), Type.Null()], {
    description: 'The latest approval request that was not cancelled: pending or approved entries are locked; null when never submitted',
  }),
  invoice_id: Type.Union([Type.Integer(), Type.Null()], {
    description: 'The invoice billing this entry (then it is locked); null when unbilled or its invoice was voided',
  }),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});

export const TimeEntryList = Type.Object({ time_entries: Type.Array(TimeEntry), pagination: Pagination });

export const TimeEntriesQuery = Type.Object(
  {
    ...PaginationQuery,
    start_date: Type.Optional(
      Type.String({ format: 'date', description: 'Entries starting on or after this day (YYYY-MM-DD, a day in your time zone)' }),
    ),
    end_date: Type.Optional(
      Type.String({ format: 'date', description: 'Entries starting on or before this day (YYYY-MM-DD, a day in your time zone)' }),
    ),
    tz: Type.Optional(TzParam),
    project_id: Type.Optional(Id),
    user_id: Type.Optional(Id),
    task_id: Type.Optional(Id),
    billable: Type.Optional(Type.Boolean()),
    running: Type.Optional(Type.Boolean()),
    overlapping: Type.Optional(
      Type.Boolean({
        description:
          'With start_date: also the entries that started before that day and were still going on it (crossing midnight, or a timer running since). A calendar shows these',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CreateTimeEntryBody = Type.Object(
  {
    project_id: Id,
    task_id: Type.Optional(Type.Union([Id, Type.Null()])),
    start_time: Type.Optional(
      Type.String({
        format: 'date-time',
        description:
          'RFC 3339 with a time zone; stored to the whole second. Required unless only a duration is given: the entry then ends now',
      }),
    ),
    end_time: Type.Optional(Instant),
    duration_seconds: Type.Optional(Duration),
    duration: Type.Optional(TypedDuration),
    billable: Type.Optional(Type.Boolean({ description: "Defaults to the project's billable setting" })),
    notes: Type.Optional(Notes),
    user_id: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const UpdateTimeEntryBody = Type.Object(
  {
    project_id: Type.Optional(Id),
    task_id: Type.Optional(Type.Union([Id, Type.Null()])),
    start_time: Type.Optional(Instant),
    end_time: Type.Optional(Instant),
    duration_seconds: Type.Optional(Duration),
    duration: Type.Optional(TypedDuration),
    billable: Type.Optional(Type.Boolean()),
    notes: Type.Optional(Notes),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'Repeat a POST safely: the same key returns the first result' }),
  ),
});
