import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { pageFrom } from '../../lib/pagination.js';
import { csvDownload, noContent } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import { entriesExport } from './entries-export.js';
import {
  CreateSavedReportBody,
  EntriesCsv,
  EntriesExportQuery,
  RenameSavedReportBody,
  SavedReport,
  SavedReportList,
  SavedReportsQuery,
  Summary,
  SummaryCsv,
  SummaryQuery,
} from './reports.schemas.js';
import { summaryReport } from './reports.service.js';
import { createSavedReport, deleteSavedReport, listSavedReports, renameSavedReport } from './saved-reports.service.js';
import { summaryCsv, summaryCsvFilename } from './summary-csv.js';

const SUMMARY_DESCRIPTION =
  'Finished time entries whose start_time falls on the given days (both included, at most 366 days), on projects you can see. ' +
  'The days, weeks (from your week_start) and months are yours: your time zone, or tz for this request. ' +
  "Your own entries; with view_all_reports also others' on the projects where you may see the team's time (user_id of someone else needs it too). " +
  'project_id must name a project you can see. Amounts (billable hours × hourly rate) appear only when you may see the financials of every project in the result, ' +
  'and are never added across currencies. The totals are the sum of the groups.';

const readOwn = { permission: 'view_own_reports', scope: 'read:reports' } as const;
const savedReports = { permission: 'create_saved_reports', scope: 'write:reports' } as const;

const reportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/reports/summary',
    {
      config: { access: readOwn },
      schema: { summary: 'Time summary grouped by project, user, day, week, month or client', description: SUMMARY_DESCRIPTION, querystring: SummaryQuery, response: ok(Summary, 400, 401, 403, 404) },
    },
    async (request) => summaryReport(app.db, actorFrom(request), request.query),
  );

  app.get(
    '/reports/summary/export',
    {
      config: { access: { permission: 'export_reports', scope: 'read:reports' } },
      schema: { summary: 'The same summary as a CSV download', description: `${SUMMARY_DESCRIPTION} Columns: key,label,hours,billable_hours,entries, plus amount when amounts are included.`, querystring: SummaryQuery, response: { 200: { description: 'The summary as CSV', content: { 'text/csv': { schema: SummaryCsv } } }, ...errorResponses(400, 401, 403, 404), } },
    },
    async (request, reply) => {
      const report = await summaryReport(app.db, actorFrom(request), request.query);
      return csvDownload(reply, summaryCsvFilename(report), summaryCsv(report));
    },
  );

  app.get(
    '/reports/entries/export',
    {
      config: { access: { permission: 'export_reports', scope: 'read:reports' } },
      schema: {
        summary: 'The entries a summary counts, one CSV row each',
        description:
          'The finished entries the summary with the same filters counts (same days, projects, people and visibility), oldest first: ' +
          'id,date,start,end,hours,billable,user,client,project,task,notes, plus amount,currency when amounts are included (the summary rule). ' +
          'date is your day (your time zone, or tz); start and end carry its offset. At most 50,000 entries (422 beyond).',
        querystring: EntriesExportQuery,
        response: { 200: { description: 'The entries as CSV', content: { 'text/csv': { schema: EntriesCsv } } }, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const file = await entriesExport(app.db, actorFrom(request), request.query);
      return csvDownload(reply, file.filename, file.csv);
    },
  );

  app.get(
    '/reports/saved',
    {
      config: { access: readOwn },
      schema: { summary: 'Your saved report definitions', querystring: SavedReportsQuery, response: ok(SavedReportList, 400, 401, 403) },
    },
    async (request) => listSavedReports(app.db, actorFrom(request), pageFrom(request.query)),
  );

  app.post(
    '/reports/saved',
    {
      config: { access: savedReports },
      schema: { summary: 'Save a report definition (its filters follow the summary rules)', body: CreateSavedReportBody, response: created(SavedReport, 400, 401, 403, 404) },
    },
    async (request, reply) => reply.status(201).send(await createSavedReport(app.db, actorFrom(request), request.body)),
  );

  app.patch(
    '/reports/saved/:id',
    {
      config: { access: savedReports },
      schema: { summary: 'Rename one of your saved report definitions', params: IdParams, body: RenameSavedReportBody, response: ok(SavedReport, 400, 401, 403, 404) },
    },
    async (request) => renameSavedReport(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/reports/saved/:id',
    {
      config: { access: savedReports },
      schema: { summary: 'Delete one of your saved report definitions', params: IdParams, response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => noContent(reply, deleteSavedReport(app.db, actorFrom(request), request.params.id)),
  );
};

export default reportsRoutes;
