import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { filterAndPage, noContent } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import { CreateTaskBody, Task, TaskList, TasksQuery, UpdateTaskBody } from './tasks.schemas.js';
import { createTask, deleteTask, getTask, listTasks, updateTask } from './tasks.service.js';

const read = { permission: 'view_own_tasks', scope: 'read:tasks' } as const;

const tasksRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/tasks',
    {
      config: {
        access: {
          ...read,
          project: { see: 'view_tasks', note: 'with `project_id`; without it, the tasks of the projects the caller sees' },
        },
      },
      schema: {
        summary: 'Tasks you can see: those of projects you can see, and those assigned to you',
        querystring: TasksQuery,
        response: ok(TaskList, 400, 401, 403, 404),
      },
    },
    async (request) => listTasks(app.db, actorFrom(request), ...filterAndPage(request.query)),
  );

  app.post(
    '/tasks',
    {
      config: { access: { permission: 'create_tasks', scope: 'write:tasks', project: { see: 'view_tasks', action: 'edit_tasks' } } },
      schema: {
        summary: 'Create a task',
        description:
          'Needs the edit_tasks level on the project. Assigning someone other than yourself needs assign_tasks, and the assignee must be able to see the project (409 otherwise).',
        body: CreateTaskBody,
        response: created(Task, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => reply.status(201).send(await createTask(app.db, actorFrom(request), request.body)),
  );

  app.get(
    '/tasks/:id',
    {
      config: { access: { ...read, project: { see: 'view_tasks' } } },
      schema: { summary: 'A task', params: IdParams, response: ok(Task, 400, 401, 403, 404) },
    },
    async (request) => getTask(app.db, actorFrom(request), request.params.id),
  );

  app.put(
    '/tasks/:id',
    {
      config: {
        access: {
          permission: { anyOf: ['edit_own_tasks', 'edit_all_tasks'] },
          scope: 'write:tasks',
          project: { see: 'view_tasks', action: 'edit_tasks', note: 'plus `edit_own_tasks` (creator or assignee) or `edit_all_tasks`' },
        },
      },
      schema: {
        summary: 'Update a task',
        description:
          'Needs the edit_tasks level on the project, and edit_all_tasks — or edit_own_tasks for tasks you created or are assigned to. Changing the assignee needs assign_tasks unless you assign yourself (or drop your own assignment). Tasks never move between projects.',
        params: IdParams,
        body: UpdateTaskBody,
        response: ok(Task, 400, 401, 403, 404, 409),
      },
    },
    async (request) => updateTask(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/tasks/:id',
    {
      config: {
        access: {
          permission: { anyOf: ['delete_own_tasks', 'delete_all_tasks'] },
          scope: 'write:tasks',
          project: { see: 'view_tasks', action: 'edit_tasks', note: 'plus `delete_own_tasks` (creator) or `delete_all_tasks`' },
        },
      },
      schema: {
        summary: 'Delete a task (its time entries stay, without the task)',
        description: 'Needs the edit_tasks level on the project, and delete_all_tasks — or delete_own_tasks for tasks you created.',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => noContent(reply, deleteTask(app.db, actorFrom(request), request.params.id)),
  );
};

export default tasksRoutes;
