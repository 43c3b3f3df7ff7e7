import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorFrom } from '../../lib/actor.js';
import { TzQuery } from '../../lib/caller-calendar.js';
import { filterAndPage } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import {
  CreateProjectBody,
  DeleteProjectQuery,
  Project,
  ProjectAccessView,
  ProjectFinancials,
  ProjectList,
  ProjectsQuery,
  UpdateProjectBody,
} from './projects.schemas.js';
import { Type } from 'typebox';
import {
  archiveProject,
  createProject,
  deleteProjectPermanently,
  getProject,
  listProjects,
  projectAccessView,
  projectFinancials,
  updateProject,
} from './projects.service.js';

const read = { permission: 'view_projects', scope: 'read:projects' } as const;
/** A route about one project, which you must be able to see. */
const readProject = { ...read, project: { see: 'view_project' } } as const;

const projectsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/projects',
    {
      config: { access: read },
      schema: {
        summary: 'Projects you can see (participations, or view_all_projects)',
        querystring: ProjectsQuery,
        response: ok(ProjectList, 400, 401, 403),
      },
    },
    async (request) => listProjects(app.db, actorFrom(request), ...filterAndPage(request.query)),
  );

  app.post(
    '/projects',
    {
      config: { access: { permission: 'create_projects', scope: 'write:projects' } },
      schema: {
        summary: 'Create a project; you become its administrator',
        body: CreateProjectBody,
        response: created(Project, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => reply.status(201).send(await createProject(app.db, actorFrom(request), request.body)),
  );

  app.get(
    '/projects/:id',
    {
      config: { access: readProject },
      schema: {
        summary: 'A project (financial fields from the view_financials level)',
        params: IdParams,
        response: ok(Project, 400, 401, 403, 404),
      },
    },
    async (request) => getProject(app.db, actorFrom(request), request.params.id),
  );

  app.put(
    '/projects/:id',
    {
      config: {
        access: {
          permission: { anyOf: ['edit_projects', 'archive_projects', 'manage_project_costs'] },
          scope: 'write:projects',
          project: {
            see: 'view_project',
            action: 'edit_project',
            note: 'details; rates and budget need `edit_financials` (≥ `edit_financials` or `manage_project_costs`)',
          },
        },
      },
      schema: {
        summary: 'Update a project',
        description:
          'Details need edit_projects and the admin level on the project; rates and budget need the edit_financials level (and edit_projects or manage_project_costs); status needs archive_projects and the admin level.',
        params: IdParams,
        body: UpdateProjectBody,
        response: ok(Project, 400, 401, 403, 404, 409),
      },
    },
    async (request) => updateProject(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/projects/:id',
    {
      config: {
        access: { permission: 'archive_projects', scope: 'write:projects', project: { see: 'view_project', action: 'archive_project' } },
      },
      schema: {
        summary: 'Archive a project; with ?permanent=true delete one that holds no data (delete_projects)',
        params: IdParams,
        querystring: DeleteProjectQuery,
        response: { 200: Project, 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      if (!request.query.permanent) return archiveProject(app.db, actorFrom(request), request.params.id);
      await deleteProjectPermanently(app.db, actorFrom(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/projects/:id/financials',
    {
      config: { access: { ...read, project: { see: 'view_project', action: 'view_financials' } } },
      schema: {
        summary: 'Budget, rates and consumption (needs the view_financials level)',
        description: 'by_month counts time in the month of its start in your time zone, or tz for this request.',
        params: IdParams,
        querystring: TzQuery,
        response: ok(ProjectFinancials, 400, 401, 403, 404),
      },
    },
    async (request) => projectFinancials(app.db, actorFrom(request), request.params.id, request.query.tz),
  );

  app.get(
    '/projects/:id/access',
    {
      config: { access: readProject },
      schema: {
        summary: 'Your effective level, flags and allowed actions on a project',
        tags: ['projects', 'authorization'],
        params: IdParams,
        response: ok(ProjectAccessView, 400, 401, 403, 404),
      },
    },
    async (request) => projectAccessView(app.db, actorFrom(request), request.params.id),
  );
};

export default projectsRoutes;
