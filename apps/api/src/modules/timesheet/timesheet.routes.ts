import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorFrom } from '../../lib/actor.js';
import { ok } from '../../lib/schemas.js';
import { CopyPreviousWeekBody, PutTimesheetBody, Timesheet, TimesheetQuery } from './timesheet.schemas.js';
import { copyPreviousWeek, getTimesheet, putTimesheet } from './timesheet.service.js';

/** Writing your week: the permission to log time, as for POST /time-entries. */
const write = { permission: 'create_time_entries', scope: 'write:time_entries' } as const;

const timesheetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/timesheet',
    {
      config: { access: { permission: 'view_own_time_entries', scope: 'read:time_entries' } },
      schema: {
        summary: 'Your week: time per project, task and day',
        description:
          'Your own finished time entries of the week holding `week` (default: today), summed per project, task and day. Days are yours: your time zone, the week starting on your week_start.',
        querystring: TimesheetQuery,
        response: ok(Timesheet, 400, 401, 403),
      },
    },
    async (request) => getTimesheet(app.db, actorFrom(request), request.query.week),
  );

  app.put(
    '/timesheet',
    {
      config: {
        access: {
          ...write,
          project: {
            see: 'view_project',
            action: 'log_own_time',
            note: 'each changed row’s project; changing or removing an entry needs edit_own_time_entries or delete_own_time_entries too',
          },
        },
      },
      schema: {
        summary: 'Set the totals of your week',
        description:
          "Sets each given cell's total by adding, lengthening, shortening or deleting the cell's manual entries; rows left out are kept, and a row whose totals do not change is not written. Entries that are submitted, approved, invoiced or from the timer are never changed: a cell that would need it is a 409 naming the cell, and nothing is written. A new entry starts at the day's start in your time zone; no entry may end in the future (400). Answers the week.",
        body: PutTimesheetBody,
        response: ok(Timesheet, 400, 401, 403, 404, 409),
      },
    },
    async (request) => putTimesheet(app.db, actorFrom(request), request.body),
  );

  app.post(
    '/timesheet/copy-previous-week',
    {
      config: { access: write },
      schema: {
        summary: "Start a week with last week's rows",
        description:
          'The week holding `week`, with the project and task rows of the week before added as empty rows (no hours), where you may still log time. Nothing is stored: the rows stay once the week is written with PUT /timesheet.',
        body: CopyPreviousWeekBody,
        response: ok(Timesheet, 400, 401, 403),
      },
    },
    async (request) => copyPreviousWeek(app.db, actorFrom(request), request.body),
  );
};

export default timesheetRoutes;
