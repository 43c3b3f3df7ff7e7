/**
 * Expenses: the same ownership rules as time entries (record-access.ts) with the expense actions —
 * view_team_expenses, log_own_expenses (edit_time_and_expenses or can_edit_expense),
 * edit_others_expenses (edit_financials or edit_all_expenses). Expenses have no approvals: a
 * billed expense (on an invoice line) cannot be changed, moved or deleted by anyone. Every create,
 * change and delete is audited in its transaction (`expense.*`, docs/api/audit-logs.md).
 */
import { recordAudit, recordChange } from '../audit/audit.service.js';
import { assertNotInvoiced } from '../invoices/invoices.service.js';
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { expenses, invoiceLines, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { badRequest } from '../../lib/errors.js';
import { changedColumns } from '../../lib/changed-columns.js';
import { paginate, type Page } from '../../lib/pagination.js';
import type { FilterOf } from '../../lib/schemas.js';
import type { ProjectContext } from '../projects/project-access.js';
import {
  changedFields,
  EXPENSE_ACTIONS,
  requireActiveProject,
  requireActiveUser,
  requireRecordChange,
  requireRecordOwner,
  requireWritableProject,
  type UserRef,
} from '../time-entries/record-access.js';
import { recordListConditions, requireVisibleRecord, type VisibleRecord } from '../time-entries/record-queries.js';
import type { CreateExpenseBody, Expense, ExpensesQuery, UpdateExpenseBody } from './expenses.schemas.js';
import { checkCalendarDate, dateFilter, FieldErrors, hasAtMostTwoDecimals } from '../time-entries/time-input.js';

type Row = typeof expenses.$inferSelect;

/** `invoiceId`: the invoice billing it (null for a new or changed expense: only unbilled ones change). */
export function toExpenseView(row: Row, user: UserRef, invoiceId: number | null = null): Static<typeof Expense> {
  return {
    id: row.id,
    ...expenseAuditView(row),
    user: { id: user.id, name: user.name },
    invoice_id: invoiceId,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of an expense (`expense.*` rows). */
function expenseAuditView(row: Row) {
  return {
    user_id: row.userId,
    project_id: row.projectId,
    date: row.date,
    amount: Number(row.amount),
    currency: row.currency,
    category: row.category,
    description: row.description,
    billable: row.billable,
  };
}

/** The invoice line billing the expense, if any (an alias: drizzle leaves a one-table select's columns unqualified). */
const invoiceIdColumn = sql<number | null>`(select l.invoice_id from ${invoiceLines} l where l.expense_id = ${expenses}.id)`;

const withUser = (db: Tx) =>
  db
    .select({ expense: expenses, user: { id: users.id, name: users.name }, invoiceId: invoiceIdColumn })
    .from(expenses)
    .innerJoin(users, eq(users.id, expenses.userId));

type VisibleExpense = VisibleRecord<Row> & { invoiceId: number | null };

/** The expense, if the actor may see it (404 otherwise); `lock` holds its row for a change or delete. */
async function loadVisible(db: Tx, actor: Actor, id: number, lock = false): Promise<VisibleExpense> {
  const query = withUser(db).where(eq(expenses.id, id));
  const [found] = lock ? await query.for('update', { of: expenses }) : await query;
  const visible = await requireVisibleRecord(db, actor, EXPENSE_ACTIONS, found && { row: found.expense, user: found.user }, 'Expense');
  return { ...visible, invoiceId: found!.invoiceId };
}

export async function listExpenses(db: Db, actor: Actor, filter: FilterOf<typeof ExpensesQuery>, page: Page) {
  const range = dateFilter(filter.start_date, filter.end_date);
  const conditions: (SQL | undefined)[] = [
    ...(await recordListConditions(db, actor, EXPENSE_ACTIONS, expenses, filter)),
    range.startDate ? gte(expenses.date, range.startDate) : undefined,
    range.endDate ? lte(expenses.date, range.endDate) : undefined,
    filter.category !== undefined ? eq(expenses.category, filter.category) : undefined,
  ];
  const condition = and(...conditions);
  const result = await paginate(
    page,
    async () => db.$count(expenses, condition),
    (limit, offset) => withUser(db).where(condition).orderBy(desc(expenses.date), desc(expenses.id)).limit(limit).offset(offset),
  );
  return { expenses: result.items.map((r) => toExpenseView(r.expense, r.user, r.invoiceId)), pagination: result.pagination };
}

export async function getExpense(db: Db, actor: Actor, id: number) {
  const { row, user, invoiceId } = await loadVisible(db, actor, id);
  return toExpenseView(row, user, invoiceId);
}

type ExpenseChanges = Static<typeof UpdateExpenseBody>;

/** The body fields an update writes to their column as they come (after trimming the category). */
const EXPENSE_COLUMNS = {
  date: 'date',
  amount: 'amount',
  currency: 'currency',
  category: 'category',
  description: 'description',
  billable: 'billable',
} as const;

/** What the schema cannot say: a real calendar date in range, two decimals at most. */
function checkInput(input: ExpenseChanges): void {
  const errors = new FieldErrors();
  if (input.date !== undefined) checkCalendarDate(input.date, 'body.date', errors);
  if (input.amount !== undefined && !hasAtMostTwoDecimals(input.amount)) errors.add('body.amount', 'must have at most 2 decimals');
  errors.throwIfAny();
}

export async function createExpense(db: Db, actor: Actor, input: Static<typeof CreateExpenseBody>) {
  const ownerId = input.user_id ?? actor.userId;
  if (ownerId === null) throw badRequest('user_id is required when no user is signed in');
  checkInput(input);
  const own = ownerId === actor.userId;
  const ctx = await requireWritableProject(db, actor, input.project_id, own, EXPENSE_ACTIONS, 'expenses');
  const owner = own
    ? await requireActiveUser(db, ownerId)
    : await requireRecordOwner(db, ctx.project.id, ownerId, EXPENSE_ACTIONS, 'body.user_id');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(expenses)
      .values({
        userId: ownerId,
        projectId: ctx.project.id,
        date: input.date,
        amount: input.amount,
        currency: input.currency ?? ctx.project.currency,
        category: input.category.trim(),
        description: input.description ?? '',
        billable: input.billable ?? ctx.project.billable,
      })
      .returning();
    await recordAudit(tx, actor, { action: 'expense.create', targetType: 'expense', targetId: row!.id, after: expenseAuditView(row!) });
    return toExpenseView(row!, owner);
  });
}

/** Own expense: edit_own / delete_own_expenses + log_own_expenses; someone else's: edit_others_expenses, or delete_others_expenses to delete.; the shared ownership rule (`recordRule` in @timekeeper/shared). */
function requireWrite(actor: Actor, found: VisibleExpense, verb: 'Editing' | 'Deleting'): ProjectContext {
  return requireRecordChange(actor, found, EXPENSE_ACTIONS, verb === 'Editing' ? 'edit' : 'delete');
}

export async function updateExpense(db: Db, actor: Actor, id: number, input: ExpenseChanges) {
  return db.transaction(async (tx) => {
    const found = await loadVisible(tx, actor, id, true);
    const ctx = requireWrite(actor, found, 'Editing');
    requireActiveProject(ctx);
    await assertNotInvoiced(tx, { expenseId: id });
    checkInput(input);
    // A move needs write rights on both projects: the source above, the target here (visible,
    // the log or edit-others action, active); someone else's expense only goes where they may record.
    const target =
      input.project_id !== undefined && input.project_id !== found.row.projectId
        ? await requireWritableProject(tx, actor, input.project_id, found.own, EXPENSE_ACTIONS, 'expenses')
        : ctx;
    if (target !== ctx && !found.own) await requireRecordOwner(tx, target.project.id, found.row.userId, EXPENSE_ACTIONS, 'body.project_id');
    const [after] = await tx
      .update(expenses)
      .set({
        projectId: target.project.id,
        ...changedColumns({ ...input, category: input.category?.trim() }, EXPENSE_COLUMNS),
        updatedAt: new Date(),
      })
      .where(eq(expenses.id, id))
      .returning();
    const diff = changedFields(expenseAuditView(found.row), expenseAuditView(after!), ['user_id', 'project_id']);
    if (diff.changed.length > 0) await recordChange(tx, actor, 'expense.update', { type: 'expense', id }, diff.before, diff.after);
    return toExpenseView(after!, found.user);
  });
}

export async function deleteExpense(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const found = await loadVisible(tx, actor, id, true);
    const ctx = requireWrite(actor, found, 'Deleting');
    requireActiveProject(ctx);
    await assertNotInvoiced(tx, { expenseId: id });
    await tx.delete(expenses).where(eq(expenses.id, id));
    await recordAudit(tx, actor, { action: 'expense.delete', targetType: 'expense', targetId: id, before: expenseAuditView(found.row) });
  });
}
