import { Type } from 'typebox';
import { Id } from '../../lib/schemas.js';
import { Notes, TimeEntry } from '../time-entries/time-entries.schemas.js';

export const TimerStatus = Type.Object({
  running: Type.Boolean(),
  time_entry: Type.Union([TimeEntry, Type.Null()]),
  elapsed_seconds: Type.Union([Type.Integer(), Type.Null()]),
});

/** When the timer started: the click time, at most 12 hours ago and not in the future. */
const ClickTime = Type.String({
  format: 'date-time',
  description: 'When the timer started (the click time), RFC 3339 with a time zone: at most 12 hours ago, not in the future; default now',
});

export const StartTimerBody = Type.Object(
  {
    project_id: Id,
    task_id: Type.Optional(Type.Union([Id, Type.Null()])),
    notes: Type.Optional(Notes),
    billable: Type.Optional(Type.Boolean({ description: "Defaults to the project's billable setting" })),
    start_time: Type.Optional(ClickTime),
  },
  { additionalProperties: false },
);

export const UpdateTimerBody = Type.Object(
  {
    notes: Type.Optional(Notes),
    project_id: Type.Optional(Id),
    task_id: Type.Optional(Type.Union([Id, Type.Null()])),
    start_time: Type.Optional(ClickTime),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const StopTimerBody = Type.Object({ notes: Type.Optional(Notes) }, { additionalProperties: false });
