import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { filterAndPage, noContent } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import { continueEntry } from '../timer/timer.service.js';
import {
  CreateTimeEntryBody,
  IdempotencyHeaders,
  TimeEntriesQuery,
  TimeEntry,
  TimeEntryList,
  UpdateTimeEntryBody,
} from './time-entries.schemas.js';
import { createTimeEntry, deleteTimeEntry, getTimeEntry, listTimeEntries, updateTimeEntry } from './time-entries.service.js';

const timeEntriesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/time-entries',
    {
      config: { access: { permission: 'view_own_time_entries', scope: 'read:time_entries' } },
      schema: {
        summary: 'Time entries you can see, newest first',
        description:
          "Your own entries, plus everyone's on projects where you have at least the view_time_and_expenses level (or view_all_time_entries). Dates are inclusive days on start_time, in your time zone (or tz for this request).",
        querystring: TimeEntriesQuery,
        response: ok(TimeEntryList, 400, 401, 403),
      },
    },
    async (request) => listTimeEntries(app.db, actorFrom(request), ...filterAndPage(request.query)),
  );

  app.post(
    '/time-entries',
    {
      config: {
        access: {
          permission: 'create_time_entries',
          scope: 'write:time_entries',
          project: { see: 'view_project', action: 'log_own_time', note: 'for yourself; for someone else `edit_others_time`' },
        },
      },
      schema: {
        summary: 'Log time',
        description:
          "Needs the edit_time_and_expenses level on the project or its can_edit_time flag; someone else's entry (user_id) needs edit_financials or edit_all_time_entries, and user_id must name an active member who may log time on the project (422 otherwise, the same answer whoever the id names). Give end_time, duration_seconds or a typed duration (e.g. 1h30); a duration alone ends the entry now, and no entry may end in the future. A repeat with the same Idempotency-Key returns the first entry (200, Idempotent-Replayed: true).",
        headers: IdempotencyHeaders,
        body: CreateTimeEntryBody,
        response: { 200: TimeEntry, 201: TimeEntry, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { entry, replayed } = await createTimeEntry(app.db, actorFrom(request), request.body, request.headers['idempotency-key']);
      if (replayed) return reply.header('idempotent-replayed', 'true').status(200).send(entry);
      return reply.status(201).send(entry);
    },
  );

  app.get(
    '/time-entries/:id',
    {
      config: {
        access: {
          permission: 'view_own_time_entries',
          scope: 'read:time_entries',
          project: { see: 'view_team_time', note: 'someone else’s entry; your own is always visible' },
        },
      },
      schema: { summary: 'A time entry', params: IdParams, response: ok(TimeEntry, 400, 401, 403, 404) },
    },
    async (request) => getTimeEntry(app.db, actorFrom(request), request.params.id),
  );

  app.put(
    '/time-entries/:id',
    {
      config: {
        access: {
          permission: { anyOf: ['edit_own_time_entries', 'edit_all_time_entries'] },
          scope: 'write:time_entries',
          project: { action: 'log_own_time', note: 'your own entry; someone else’s needs `edit_others_time`' },
        },
      },
      schema: {
        summary: 'Change a time entry',
        description:
          "Your own: edit_own_time_entries and the right to log time on the project (old and new). Someone else's: the edit_financials level or edit_all_time_entries (on both projects when moving it, and its owner must be able to log time on the new one). A running entry changes only notes and task_id. Changing the duration, times, project, task or billable flag of an approved entry withdraws its approval.",
        params: IdParams,
        body: UpdateTimeEntryBody,
        response: ok(TimeEntry, 400, 401, 403, 404, 409, 422),
      },
    },
    async (request) => updateTimeEntry(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/time-entries/:id',
    {
      config: {
        access: {
          permission: { anyOf: ['delete_own_time_entries', 'delete_all_time_entries'] },
          scope: 'write:time_entries',
          project: { action: 'log_own_time', note: 'your own entry; someone else’s needs `delete_others_time`' },
        },
      },
      schema: {
        summary: 'Delete a time entry',
        description:
          "Your own: delete_own_time_entries and the right to log time on the project. Someone else's: delete_all_time_entries, or the edit_financials level.",
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => noContent(reply, deleteTimeEntry(app.db, actorFrom(request), request.params.id)),
  );

  app.post(
    '/time-entries/:id/continue',
    {
      config: {
        access: {
          permission: 'create_time_entries',
          scope: 'write:time_entries',
          project: { see: 'view_team_time', action: 'log_own_time', note: 'someone else’s entry must be visible; your own always is' },
        },
      },
      schema: {
        summary: 'Continue an entry: start the timer like it',
        description:
          'Starts your timer with the entry’s project, task, notes and billable flag. The entry must be visible to you (404) and you need the right to log time on its project; like POST /timer/start, a running timer answers 409 with its time_entry_id.',
        params: IdParams,
        response: created(TimeEntry, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => reply.status(201).send(await continueEntry(app.db, actorFrom(request), request.params.id)),
  );
};

export default timeEntriesRoutes;
