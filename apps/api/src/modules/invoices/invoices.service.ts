/**
 * Invoices: drafts from unbilled billable time and expenses (or by hand), lines, totals with tax,
 * draft → sent → paid, void, payments.
 *
 * - An entry or expense is billed at most once: unique indexes on invoice_lines decide, so two
 *   invoices racing over the same entries cannot both succeed. Voiding releases them.
 * - Creating, editing, sending, voiding or paying an invoice needs the `invoice` project action
 *   (≥ edit_financials) on every project it bills, besides the account permission.
 * - An invoice is visible with view_all_invoices, or with view_own_invoices when you created it or
 *   may see the financials of its project; others are 404.
 * - Money is computed in integer cents.
 * - Days are the caller's days (docs/api/README.md, "Days and time zones"): a "from time" period,
 *   the day a line's entry is dated, and today (issue date, payment date) in their time zone.
 */
import { randomUUID } from 'node:crypto';
import { dayOf, dayRange, today as todayIn } from '@timekeeper/shared';
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import {
  clients,
  expenses,
  invoiceLines,
  invoices,
  participations,
  payments,
  projects,
  tasks,
  timeEntries,
  timeEntryApprovals,
  users,
} from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { callerCalendar } from '../../lib/caller-calendar.js';
import type { Tx } from '../../lib/db-types.js';
import { conflict, notFound, unprocessable, validationFailed } from '../../lib/errors.js';
import { changedColumns } from '../../lib/changed-columns.js';
import { paginate, type Page } from '../../lib/pagination.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { FilterOf } from '../../lib/schemas.js';
import { recordAudit, recordChange } from '../audit/audit.service.js';
import { projectContext, projectsAllowing, requireAction, requireProject } from '../projects/project-access.js';
import type {
  CreateInvoiceBody,
  Invoice,
  InvoiceFromTimeBody,
  InvoicesQuery,
  InvoiceSummary,
  PaymentBody,
  UpdateInvoiceBody,
} from './invoices.schemas.js';

type InvoiceRow = typeof invoices.$inferSelect;
type LineRow = typeof invoiceLines.$inferSelect;

const cents = (amount: number) => Math.round(amount * 100);
const fromCents = (c: number) => c / 100;
/** Today in the caller's time zone. */
const today = async (db: Tx, actor: Actor) => todayIn((await callerCalendar(db, actor)).timeZone);

// ------------------------------------------------------------------------------------------
// Views and visibility

async function visibilityCondition(db: Tx, actor: Actor): Promise<SQL | undefined> {
  if (actor.account.permissions.has('view_all_invoices')) return undefined;
  const financial = await projectsAllowing(db, actor, 'view_financials');
  const mine = eq(invoices.createdBy, actor.userId!);
  if (financial === 'all') return undefined;
  return financial.length > 0 ? or(mine, inArray(invoices.projectId, financial)) : mine;
}

async function loadVisible(db: Tx, actor: Actor, id: number): Promise<InvoiceRow> {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, id), await visibilityCondition(db, actor)));
  if (!row) throw notFound('Invoice');
  return row;
}

/**
 * Changing an invoice (edit, send, void, payments) needs the same project level as creating it:
 * the invoice action on each project it bills. Seeing it (its creator, view_all_invoices) is not
 * enough. The invoice is visible, so an invisible project answers 403 naming the level, not 404.
 */
async function requireInvoiceAction(tx: Tx, actor: Actor, row: InvoiceRow, what: string): Promise<void> {
  const billed = await tx
    .selectDistinct({ id: sql<number>`coalesce(${timeEntries.projectId}, ${expenses.projectId})` })
    .from(invoiceLines)
    .leftJoin(timeEntries, eq(timeEntries.id, invoiceLines.timeEntryId))
    .leftJoin(expenses, eq(expenses.id, invoiceLines.expenseId))
    .where(eq(invoiceLines.invoiceId, row.id));
  const projectIds = new Set(billed.map((b) => b.id).filter((id): id is number => id !== null));
  if (row.projectId !== null) projectIds.add(row.projectId);
  for (const projectId of projectIds) {
    const ctx = await projectContext(tx, actor, projectId);
    if (ctx) requireAction(actor, ctx, 'invoice', what);
  }
}

function toInvoiceSummary(row: InvoiceRow): Static<typeof InvoiceSummary> {
  return {
    id: row.id,
    number: row.number,
    client_id: row.clientId,
    project_id: row.projectId,
    status: row.status,
    currency: row.currency,
    issue_date: row.issueDate,
    due_date: row.dueDate,
    period_start: row.periodStart,
    period_end: row.periodEnd,
    tax_rate: row.taxRate,
    subtotal: row.subtotal,
    tax_amount: row.taxAmount,
    total: row.total,
    amount_paid: row.amountPaid,
    balance: fromCents(cents(row.total) - cents(row.amountPaid)),
    notes: row.notes,
    created_by: row.createdBy,
    created_at: row.createdAt.toISOString(),
    sent_at: row.sentAt?.toISOString() ?? null,
    paid_at: row.paidAt?.toISOString() ?? null,
    voided_at: row.voidedAt?.toISOString() ?? null,
  };
}

const toLineView = (l: LineRow) => ({
  id: l.id,
  position: l.position,
  description: l.description,
  quantity: l.quantity,
  unit_price: l.unitPrice,
  amount: l.amount,
  time_entry_id: l.timeEntryId,
  expense_id: l.expenseId,
});

export async function invoiceDetail(db: Tx, row: InvoiceRow): Promise<Static<typeof Invoice>> {
  const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, row.id)).orderBy(asc(invoiceLines.position));
  const paid = await db.select().from(payments).where(eq(payments.invoiceId, row.id)).orderBy(asc(payments.paidOn), asc(payments.id));
  const [client] = row.clientId
    ? await db
        .select({ id: clients.id, name: clients.name, email: clients.email, address: clients.address })
        .from(clients)
        .where(eq(clients.id, row.clientId))
    : [];
  const [project] = row.projectId
    ? await db.select({ id: projects.id, name: projects.name }).from(projects).where(eq(projects.id, row.projectId))
    : [];
  return {
    ...toInvoiceSummary(row),
    client: client ?? null,
    project: project ?? null,
    lines: lines.map(toLineView),
    payments: paid.map((p) => ({
      id: p.id,
      amount: p.amount,
      paid_on: p.paidOn,
      method: p.method,
      note: p.note,
      recorded_by: p.recordedBy,
      created_at: p.createdAt.toISOString(),
    })),
  };
}

export async function listInvoices(db: Db, actor: Actor, filter: FilterOf<typeof InvoicesQuery>, page: Page) {
  const condition = and(
    await visibilityCondition(db, actor),
    filter.status ? eq(invoices.status, filter.status) : undefined,
    filter.project_id !== undefined ? eq(invoices.projectId, filter.project_id) : undefined,
    filter.client_id !== undefined ? eq(invoices.clientId, filter.client_id) : undefined,
  );
  const result = await paginate(
    page,
    async () => db.$count(invoices, condition),
    (limit, offset) =>
      db.select().from(invoices).where(condition).orderBy(desc(invoices.issueDate), desc(invoices.id)).limit(limit).offset(offset),
  );
  return { invoices: result.items.map(toInvoiceSummary), pagination: result.pagination };
}

export async function getInvoice(db: Db, actor: Actor, id: number) {
  return invoiceDetail(db, await loadVisible(db, actor, id));
}

// ------------------------------------------------------------------------------------------
// Creation

/** A line to write: a body's line in cents, or a billed entry or expense. */
interface PricedLine {
  description: string;
  quantity: number;
  unitPriceCents: number;
  timeEntryId?: number;
  expenseId?: number;
}

/** The largest amount a line or an invoice total can hold (numeric(14, 2)), in cents. */
const MAX_AMOUNT_CENTS = 99_999_999_999_999;
const MAX_AMOUNT_TEXT = '999,999,999,999.99';

/** A line whose quantity × unit price does not fit is refused by field, before anything is written. */
function assertLineFits(amountCents: number, index: number): void {
  if (amountCents > MAX_AMOUNT_CENTS) {
    throw validationFailed(`Line ${index + 1} comes to more than ${MAX_AMOUNT_TEXT}`, [
      { path: `body.lines.${index}`, message: `quantity × unit_price must not exceed ${MAX_AMOUNT_TEXT}` },
    ]);
  }
}

function totals(lines: { amountCents: number }[], taxRate: number) {
  const subtotal = lines.reduce((s, l) => s + l.amountCents, 0);
  const tax = Math.round((subtotal * taxRate) / 100);
  if (subtotal + tax > MAX_AMOUNT_CENTS)
    throw unprocessable(`The invoice total would exceed ${MAX_AMOUNT_TEXT}; split it into several invoices`);
  return { subtotal: fromCents(subtotal), taxAmount: fromCents(tax), total: fromCents(subtotal + tax) };
}

async function insertInvoice(
  tx: Tx,
  actor: Actor,
  header: {
    clientId: number | null;
    projectId: number | null;
    currency: string;
    issueDate: string;
    dueDate: string | null;
    periodStart: string | null;
    periodEnd: string | null;
    taxRate: number;
    notes: string;
  },
  lines: PricedLine[],
) {
  const priced = lines.map((l) => ({ ...l, amountCents: Math.round(l.quantity * l.unitPriceCents) }));
  priced.forEach((l, i) => assertLineFits(l.amountCents, i));
  const sums = totals(priced, header.taxRate);
  const [row] = await tx
    .insert(invoices)
    .values({ ...header, number: `pending-${randomUUID()}`, ...sums, createdBy: actor.userId })
    .returning();
  const number = `INV-${header.issueDate.slice(0, 4)}-${String(row!.id).padStart(5, '0')}`;
  await tx.update(invoices).set({ number }).where(eq(invoices.id, row!.id));
  if (priced.length > 0) {
    await tx.insert(invoiceLines).values(
      priced.map((l, i) => ({
        invoiceId: row!.id,
        position: i + 1,
        description: l.description,
        quantity: l.quantity,
        unitPrice: fromCents(l.unitPriceCents),
        amount: fromCents(l.amountCents),
        timeEntryId: l.timeEntryId ?? null,
        expenseId: l.expenseId ?? null,
      })),
    );
  }
  const [created] = await tx.select().from(invoices).where(eq(invoices.id, row!.id));
  await recordAudit(tx, actor, {
    action: 'invoice.create',
    targetType: 'invoice',
    targetId: row!.id,
    after: { number, ...sums, lines: priced.length, project_id: header.projectId, client_id: header.clientId },
  });
  return created!;
}

export async function createManualInvoice(db: Db, actor: Actor, input: Static<typeof CreateInvoiceBody>) {
  return db.transaction(async (tx) => {
    if (input.project_id) requireAction(actor, await requireProject(tx, actor, input.project_id), 'invoice', 'Invoicing a project');
    if (input.client_id) {
      const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.client_id));
      if (!client) throw notFound(`Client ${input.client_id}`);
    }
    const row = await insertInvoice(
      tx,
      actor,
      {
        clientId: input.client_id ?? null,
        projectId: input.project_id ?? null,
        currency: input.currency,
        issueDate: input.issue_date ?? (await today(tx, actor)),
        dueDate: input.due_date ?? null,
        periodStart: null,
        periodEnd: null,
        taxRate: input.tax_rate ?? 0,
        notes: input.notes ?? '',
      },
      input.lines.map((l) => ({ description: l.description, quantity: l.quantity, unitPriceCents: cents(l.unit_price) })),
    );
    return invoiceDetail(tx, row);
  });
}

const hours = (seconds: number) => Math.round((seconds / 3600) * 100) / 100;

/** `tz`: the `?tz=` of the request, the zone of the period's days instead of the caller's own. */
export async function createInvoiceFromTime(db: Db, actor: Actor, input: Static<typeof InvoiceFromTimeBody>, tz?: string) {
  if ((input.project_id === undefined) === (input.client_id === undefined)) {
    throw validationFailed('Give exactly one of project_id or client_id', [
      { path: 'body.project_id', message: 'give exactly one of project_id or client_id' },
    ]);
  }
  if (input.end_date < input.start_date)
    throw validationFailed('end_date is before start_date', [{ path: 'body.end_date', message: 'must not be before start_date' }]);
  const { timeZone } = await callerCalendar(db, actor, tz);
  try {
    return await db.transaction(async (tx) => {
      // The projects to bill, each with the invoice action.
      let projectRows: (typeof projects.$inferSelect)[];
      if (input.project_id !== undefined) {
        const ctx = await requireProject(tx, actor, input.project_id);
        requireAction(actor, ctx, 'invoice', 'Invoicing a project');
        projectRows = [ctx.project];
      } else {
        const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.client_id!));
        if (!client) throw notFound(`Client ${input.client_id}`);
        // Only the client's projects the caller can see are considered: the others are neither
        // billed nor named, and the answer is the same as if they did not exist. A visible one
        // the caller may not invoice is refused by name (403), as it would be on its own.
        const visible = await projectsAllowing(tx, actor, 'view_project');
        projectRows = await tx
          .select()
          .from(projects)
          .where(
            and(
              eq(projects.clientId, input.client_id!),
              visible === 'all' ? undefined : visible.length > 0 ? inArray(projects.id, visible) : sql`false`,
            ),
          )
          .orderBy(asc(projects.id));
        for (const p of projectRows) requireAction(actor, await requireProject(tx, actor, p.id), 'invoice', `Invoicing project ${p.name}`);
      }
      if (projectRows.length === 0) throw unprocessable('This client has no projects you can invoice');
      const currencies = [...new Set(projectRows.map((p) => p.currency))];
      if (currencies.length > 1)
        throw unprocessable(`The projects use different currencies (${currencies.join(', ')}); invoice them one by one`, { currencies });
      const currency = currencies[0]!;
      const projectIds = projectRows.map((p) => p.id);
      const { start: from, end: to } = dayRange(input.start_date, input.end_date, timeZone);

      const entries = await tx
        .select({ e: timeEntries, userName: users.name, taskName: tasks.name, memberRate: participations.hourlyRate })
        .from(timeEntries)
        .innerJoin(users, eq(users.id, timeEntries.userId))
        .leftJoin(tasks, eq(tasks.id, timeEntries.taskId))
        .leftJoin(participations, and(eq(participations.projectId, timeEntries.projectId), eq(participations.userId, timeEntries.userId)))
        .where(
          and(
            inArray(timeEntries.projectId, projectIds),
            eq(timeEntries.billable, true),
            isNotNull(timeEntries.endTime),
            gte(timeEntries.startTime, from),
            lt(timeEntries.startTime, to),
            notExists(
              tx
                .select({ one: sql`1` })
                .from(invoiceLines)
                .where(eq(invoiceLines.timeEntryId, timeEntries.id)),
            ),
            input.only_approved
              ? sql`exists (select 1 from ${timeEntryApprovals} where ${timeEntryApprovals.timeEntryId} = ${timeEntries.id} and ${timeEntryApprovals.status} = 'approved')`
              : undefined,
          ),
        )
        .orderBy(asc(timeEntries.startTime), asc(timeEntries.id));

      const lines: PricedLine[] = [];
      for (const r of entries) {
        const project = projectRows.find((p) => p.id === r.e.projectId)!;
        const rate = r.memberRate ?? project.hourlyRate;
        if (rate === null)
          throw unprocessable(`Project ${project.name} has no hourly rate; set one before invoicing its time`, { project_id: project.id });
        const description = [dayOf(r.e.startTime, timeZone), r.userName, r.taskName ?? project.name, r.e.notes].filter(Boolean).join(' · ');
        lines.push({ description, quantity: hours(r.e.durationSeconds ?? 0), unitPriceCents: cents(rate), timeEntryId: r.e.id });
      }
      if (input.include_expenses !== false) {
        const billableExpenses = await tx
          .select()
          .from(expenses)
          .where(
            and(
              inArray(expenses.projectId, projectIds),
              eq(expenses.billable, true),
              gte(expenses.date, input.start_date),
              sql`${expenses.date} <= ${input.end_date}`,
              notExists(
                tx
                  .select({ one: sql`1` })
                  .from(invoiceLines)
                  .where(eq(invoiceLines.expenseId, expenses.id)),
              ),
            ),
          )
          .orderBy(asc(expenses.date), asc(expenses.id));
        const mismatch = billableExpenses.find((x) => x.currency !== currency);
        if (mismatch)
          throw unprocessable(`Expense ${mismatch.id} is in ${mismatch.currency}, the invoice in ${currency}; convert or exclude it`, {
            expense_id: mismatch.id,
          });
        for (const x of billableExpenses)
          lines.push({
            description: `${x.date} · Expense · ${x.category}${x.description ? ` · ${x.description}` : ''}`,
            quantity: 1,
            unitPriceCents: cents(x.amount),
            expenseId: x.id,
          });
      }
      const nonEmpty = lines.filter((l) => l.quantity > 0);
      if (nonEmpty.length === 0) throw unprocessable('Nothing to invoice: no unbilled billable time or expenses in this period');
      const row = await insertInvoice(
        tx,
        actor,
        {
          clientId: input.client_id ?? projectRows[0]!.clientId ?? null,
          projectId: input.project_id ?? null,
          currency,
          issueDate: todayIn(timeZone),
          dueDate: input.due_date ?? null,
          periodStart: input.start_date,
          periodEnd: input.end_date,
          taxRate: input.tax_rate ?? 0,
          notes: input.notes ?? '',
        },
        nonEmpty,
      );
      return invoiceDetail(tx, row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('Some of these entries were invoiced a moment ago by someone else; try again');
    throw err;
  }
}

// ------------------------------------------------------------------------------------------
// Changes

export async function updateInvoice(db: Db, actor: Actor, id: number, input: Static<typeof UpdateInvoiceBody>) {
  return db.transaction(async (tx) => {
    const before = await loadVisible(tx, actor, id);
    await requireInvoiceAction(tx, actor, before, 'Editing an invoice');
    if (before.status !== 'draft') throw conflict(`Only drafts can be edited; this invoice is ${before.status}`);
    if (input.lines) {
      const existing = await tx.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, id));
      const unknown = input.lines.find((l) => l.id !== undefined && !existing.some((e) => e.id === l.id));
      if (unknown)
        throw validationFailed(`line ${unknown.id} is not on this invoice`, [
          { path: 'body.lines', message: `line ${unknown.id} is not on this invoice` },
        ]);
      // Lines left out are removed (their entries become billable again).
      const kept = new Set(input.lines.map((l) => l.id).filter((x): x is number => x !== undefined));
      const removed = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
      if (removed.length > 0) await tx.delete(invoiceLines).where(inArray(invoiceLines.id, removed));
      input.lines.forEach((l, i) => assertLineFits(Math.round(l.quantity * cents(l.unit_price)), i));
      let position = 1;
      for (const l of input.lines) {
        const values = {
          position: position++,
          description: l.description,
          quantity: l.quantity,
          unitPrice: l.unit_price,
          amount: fromCents(Math.round(l.quantity * cents(l.unit_price))),
        };
        if (l.id !== undefined) await tx.update(invoiceLines).set(values).where(eq(invoiceLines.id, l.id));
        else await tx.insert(invoiceLines).values({ ...values, invoiceId: id });
      }
    }
    const lines = await tx.select({ amount: invoiceLines.amount }).from(invoiceLines).where(eq(invoiceLines.invoiceId, id));
    const taxRate = input.tax_rate ?? before.taxRate;
    const sums = totals(
      lines.map((l) => ({ amountCents: cents(l.amount) })),
      taxRate,
    );
    await tx
      .update(invoices)
      .set({
        ...changedColumns(input, { issue_date: 'issueDate', due_date: 'dueDate', notes: 'notes' }),
        taxRate,
        ...sums,
        updatedAt: new Date(),
      })
      .where(eq(invoices.id, id));
    const [after] = await tx.select().from(invoices).where(eq(invoices.id, id));
    await recordChange(tx, actor, 'invoice.update', { type: 'invoice', id }, toInvoiceSummary(before), toInvoiceSummary(after!));
    return invoiceDetail(tx, after!);
  });
}

export async function sendInvoice(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    await requireInvoiceAction(tx, actor, row, 'Sending an invoice');
    if (row.status !== 'draft') throw conflict(`Only drafts can be sent; this invoice is ${row.status}`);
    if (cents(row.total) <= 0) throw unprocessable('An invoice without a positive total cannot be sent');
    const [after] = await tx
      .update(invoices)
      .set({ status: 'sent', sentAt: new Date(), updatedAt: new Date() })
      .where(and(eq(invoices.id, id), eq(invoices.status, 'draft')))
      .returning();
    if (!after) throw conflict('This invoice changed a moment ago; reload it');
    await recordChange(tx, actor, 'invoice.send', { type: 'invoice', id }, { status: 'draft' }, { status: 'sent' });
    return invoiceDetail(tx, after);
  });
}

/** Drafts are deleted; sent invoices without payments are voided (their entries become billable again). */
export async function deleteInvoice(
  db: Db,
  actor: Actor,
  id: number,
): Promise<{ deleted: true } | { voided: Static<typeof InvoiceSummary> }> {
  return db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    await requireInvoiceAction(tx, actor, row, row.status === 'draft' ? 'Deleting an invoice' : 'Voiding an invoice');
    if (row.status === 'draft') {
      await tx.delete(invoices).where(eq(invoices.id, id));
      await recordAudit(tx, actor, { action: 'invoice.delete', targetType: 'invoice', targetId: id, before: toInvoiceSummary(row) });
      return { deleted: true as const };
    }
    if (row.status === 'void') throw conflict('This invoice is already void');
    if (cents(row.amountPaid) > 0) throw conflict('This invoice has payments; it cannot be voided');
    await tx.update(invoiceLines).set({ timeEntryId: null, expenseId: null }).where(eq(invoiceLines.invoiceId, id));
    const [after] = await tx
      .update(invoices)
      .set({ status: 'void', voidedAt: new Date(), updatedAt: new Date() })
      .where(eq(invoices.id, id))
      .returning();
    await recordChange(tx, actor, 'invoice.void', { type: 'invoice', id }, { status: row.status }, { status: 'void' });
    return { voided: toInvoiceSummary(after!) };
  });
}

export async function recordPayment(db: Db, actor: Actor, id: number, input: Static<typeof PaymentBody>) {
  return db.transaction(async (tx) => {
    // Lock the invoice row: concurrent payments must not exceed the balance together.
    await tx.execute(sql`select id from ${invoices} where ${invoices.id} = ${id} for update`);
    const row = await loadVisible(tx, actor, id);
    await requireInvoiceAction(tx, actor, row, 'Recording a payment');
    if (row.status !== 'sent')
      throw conflict(
        row.status === 'paid' ? 'This invoice is paid in full' : `Payments are recorded on sent invoices; this one is ${row.status}`,
      );
    if (input.currency !== undefined && input.currency !== row.currency)
      throw unprocessable(`The invoice is in ${row.currency}, not ${input.currency}`);
    const balance = cents(row.total) - cents(row.amountPaid);
    const amount = cents(input.amount);
    if (amount > balance)
      throw conflict(`The payment exceeds the balance of ${fromCents(balance).toFixed(2)} ${row.currency}`, {
        balance: fromCents(balance),
      });
    await tx.insert(payments).values({
      invoiceId: id,
      amount: fromCents(amount),
      paidOn: input.paid_on ?? (await today(tx, actor)),
      method: input.method ?? '',
      note: input.note ?? '',
      recordedBy: actor.userId,
    });
    const paidInFull = amount === balance;
    const [after] = await tx
      .update(invoices)
      .set({
        amountPaid: fromCents(cents(row.amountPaid) + amount),
        updatedAt: new Date(),
        ...(paidInFull ? { status: 'paid', paidAt: new Date() } : {}),
      })
      .where(eq(invoices.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'invoice.payment',
      targetType: 'invoice',
      targetId: id,
      after: { amount: fromCents(amount), paid_in_full: paidInFull },
    });
    return invoiceDetail(tx, after!);
  });
}

/**
 * For the time-entry and expense services: an entry or expense on a live invoice line is billed;
 * it cannot be changed or deleted until that invoice is deleted or voided. Asked in a statement of
 * its own once the record's row is locked: the `invoice_id` a locking load reads comes from the
 * snapshot taken before the lock was granted, which misses an invoice made meanwhile.
 */
export async function assertNotInvoiced(db: Tx, ref: { timeEntryId: number } | { expenseId: number }): Promise<void> {
  const condition = 'timeEntryId' in ref ? eq(invoiceLines.timeEntryId, ref.timeEntryId) : eq(invoiceLines.expenseId, ref.expenseId);
  const [line] = await db
    .select({ invoiceId: invoiceLines.invoiceId, number: invoices.number })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(condition);
  if (line) throw conflict(`This is billed on invoice ${line.number}; delete or void that invoice first`, { invoice_id: line.invoiceId });
}
