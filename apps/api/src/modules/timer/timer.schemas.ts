import { Type } from 'typebox';
import { Id } from '../../lib/schemas.js';
import { Notes, TimeEntry } from '../time-entries/time-entries.schemas.js';

export const TimerStatus = Type.Object({
  running: Type.Boolean(),
  time_entry: Type.Union([TimeEntry, Type.Null()]),
  elapsed_seconds: Type.Union([Type.Integer(), Type.Null()]),
});

export const StartTimerBody = Type.Object(
  {
    project_id: Id,
    task_id: Type.Optional(Type.Union([Id, Type.Null()])),
    notes: Type.Optional(Notes),
    billable: Type.Optional(Type.Boolean({ description: "Defaults to the project's billable setting" })),
  },
  { additionalProperties: false },
);

export const StopTimerBody = Type.Object({ notes: Type.Optional(Notes) }, { additionalProperties: false });
