import { Type } from 'typebox';
import { Id, IsoDate } from '../../lib/schemas.js';

/** The most a cell may hold: a whole day. */
export const MAX_CELL_SECONDS = 86_400;

const Week = Type.String({
  format: 'date',
  description: 'Any day (YYYY-MM-DD) of the week; the week starts on your week_start',
});
const NamedRef = Type.Object({ id: Type.Integer(), name: Type.String() });
const SevenDays = <T extends Parameters<typeof Type.Array>[0]>(item: T, description: string) =>
  Type.Array(item, { minItems: 7, maxItems: 7, description });

export const TimesheetCell = Type.Object({
  date: IsoDate,
  seconds: Type.Integer({ description: 'The finished entries of the row on this day (your time zone), in seconds' }),
  entry_ids: Type.Array(Type.Integer(), { description: 'The entries the cell adds up, oldest first' }),
  locked: Type.Boolean({
    description:
      'The cell holds an entry the timesheet never changes (submitted or approved, invoiced, or recorded by the timer): the cell may grow but not drop below those entries',
  }),
});

export const TimesheetRow = Type.Object({
  project: NamedRef,
  task: Type.Union([NamedRef, Type.Null()]),
  days: SevenDays(TimesheetCell, 'One cell per day of the week, in order'),
});

export const Timesheet = Type.Object({
  week_start: IsoDate,
  days: SevenDays(IsoDate, 'The seven dates of the week'),
  rows: Type.Array(TimesheetRow, { description: 'One row per project and task you logged time on this week, by project and task name' }),
  totals: Type.Object({
    days: SevenDays(Type.Integer(), 'Seconds per day'),
    week: Type.Integer({ description: 'Seconds in the week' }),
  }),
});

export const TimesheetQuery = Type.Object({ week: Type.Optional(Week) }, { additionalProperties: false });

export const PutTimesheetBody = Type.Object(
  {
    week: Week,
    rows: Type.Array(
      Type.Object(
        {
          project_id: Id,
          task_id: Type.Optional(Type.Union([Id, Type.Null()])),
          days: SevenDays(
            Type.Integer({ minimum: 0, maximum: MAX_CELL_SECONDS }),
            'The total of each day of the week, in seconds (0 clears the cell)',
          ),
        },
        { additionalProperties: false },
      ),
      { maxItems: 200, description: 'The rows to set; rows left out keep their entries' },
    ),
  },
  { additionalProperties: false },
);

export const CopyPreviousWeekBody = Type.Object({ week: Week }, { additionalProperties: false });
