import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { filterAndPage, noContent } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import { CreateExpenseBody, Expense, ExpenseList, ExpensesQuery, UpdateExpenseBody } from './expenses.schemas.js';
import { createExpense, deleteExpense, getExpense, listExpenses, updateExpense } from './expenses.service.js';

const read = { permission: 'view_own_expenses', scope: 'read:expenses' } as const;

const expensesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/expenses',
    {
      config: { access: read },
      schema: {
        summary: 'Expenses you can see, newest first',
        description:
          "Your own, plus everyone's on projects where you have at least the view_time_and_expenses level (or view_all_expenses on projects you can see). Dates are inclusive.",
        querystring: ExpensesQuery,
        response: ok(ExpenseList, 400, 401, 403),
      },
    },
    async (request) => listExpenses(app.db, actorFrom(request), ...filterAndPage(request.query)),
  );

  app.post(
    '/expenses',
    {
      config: {
        access: {
          permission: 'create_expenses',
          scope: 'write:expenses',
          project: { see: 'view_project', action: 'log_own_expenses', note: 'for yourself; for someone else `edit_others_expenses`' },
        },
      },
      schema: {
        summary: 'Record an expense',
        description:
          "Needs the edit_time_and_expenses level on the project or its can_edit_expense flag; someone else's expense (user_id) needs edit_financials or edit_all_expenses, and user_id must name an active member who may record expenses on the project (422 otherwise, the same answer whoever the id names).",
        body: CreateExpenseBody,
        response: created(Expense, 400, 401, 403, 404, 409, 422),
      },
    },
    async (request, reply) => reply.status(201).send(await createExpense(app.db, actorFrom(request), request.body)),
  );

  app.get(
    '/expenses/:id',
    {
      config: { access: { ...read, project: { see: 'view_team_expenses', note: 'someone else’s expense; your own is always visible' } } },
      schema: { summary: 'An expense', params: IdParams, response: ok(Expense, 400, 401, 403, 404) },
    },
    async (request) => getExpense(app.db, actorFrom(request), request.params.id),
  );

  app.put(
    '/expenses/:id',
    {
      config: {
        access: {
          permission: { anyOf: ['edit_own_expenses', 'edit_all_expenses'] },
          scope: 'write:expenses',
          project: { action: 'log_own_expenses', note: 'your own expense; someone else’s needs `edit_others_expenses`' },
        },
      },
      schema: {
        summary: 'Change an expense',
        description:
          "Your own: edit_own_expenses and the right to record expenses on the project (old and new). Someone else's: the edit_financials level or edit_all_expenses (on both projects when moving it, and its owner must be able to record expenses on the new one). A billed expense cannot change.",
        params: IdParams,
        body: UpdateExpenseBody,
        response: ok(Expense, 400, 401, 403, 404, 409, 422),
      },
    },
    async (request) => updateExpense(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/expenses/:id',
    {
      config: {
        access: {
          permission: { anyOf: ['delete_own_expenses', 'delete_all_expenses'] },
          scope: 'write:expenses',
          project: { action: 'log_own_expenses', note: 'your own expense; someone else’s needs `delete_others_expenses`' },
        },
      },
      schema: {
        summary: 'Delete an expense',
        description:
          "Your own: delete_own_expenses and the right to record expenses on the project. Someone else's: delete_all_expenses, or the edit_financials level.",
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => noContent(reply, deleteExpense(app.db, actorFrom(request), request.params.id)),
  );
};

export default expensesRoutes;
