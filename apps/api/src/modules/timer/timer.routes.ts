import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorFrom } from '../../lib/actor.js';
import { created, ok } from '../../lib/schemas.js';
import { TimeEntry } from '../time-entries/time-entries.schemas.js';
import { StartTimerBody, StopTimerBody, TimerStatus, UpdateTimerBody } from './timer.schemas.js';
import { startTimer, stopTimer, timerStatus, updateTimer } from './timer.service.js';

const timerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/timer/status',
    {
      config: { access: { permission: 'view_own_time_entries', scope: 'read:time_entries' } },
      schema: { summary: 'Your running timer, if any', response: ok(TimerStatus, 401, 403) },
    },
    async (request) => timerStatus(app.db, actorFrom(request)),
  );

  app.post(
    '/timer/start',
    {
      config: {
        access: {
          permission: 'create_time_entries',
          scope: 'write:time_entries',
          project: { see: 'view_project', action: 'log_own_time' },
        },
      },
      schema: {
        summary: 'Start the timer: a running time entry from now',
        description:
          'Needs the right to log time on the project. start_time, the click time, may be at most 12 hours ago and not in the future. At most one timer runs per user: a second start answers 409 with the running time_entry_id.',
        body: StartTimerBody,
        response: created(TimeEntry, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => reply.status(201).send(await startTimer(app.db, actorFrom(request), request.body)),
  );

  app.patch(
    '/timer',
    {
      config: {
        access: {
          permission: 'create_time_entries',
          scope: 'write:time_entries',
          project: { action: 'log_own_time', note: 'on the running entry’s project, and on the new one when project_id moves it' },
        },
      },
      schema: {
        summary: 'Edit the running timer',
        description:
          'Changes the notes, project, task or start (at most 12 hours ago, not in the future) of your running entry; 404 when no timer runs. Needs the right to log time on its project, and on the project it moves to (visible and active); a task of the old project must be replaced (task_id of the new project, or null).',
        body: UpdateTimerBody,
        response: ok(TimeEntry, 400, 401, 403, 404, 409),
      },
    },
    async (request) => updateTimer(app.db, actorFrom(request), request.body),
  );

  app.post(
    '/timer/stop',
    {
      config: { access: { permission: 'create_time_entries', scope: 'write:time_entries' } },
      // The body is optional: a bodiless POST is validated as {}.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        summary: 'Stop the timer: the running entry ends now',
        description: 'Ends your running entry at the current second (at least 1 s after its start); optionally sets its notes.',
        body: StopTimerBody,
        response: ok(TimeEntry, 400, 401, 403, 409),
      },
    },
    async (request) => stopTimer(app.db, actorFrom(request), request.body),
  );
};

export default timerRoutes;
