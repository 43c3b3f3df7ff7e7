/**
 * Project money: time-entry approvals, invoices with their lines, and payments.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { clients, expenses, projects, timeEntries } from './domain.js';
import { users } from './identity.js';
import { timestamps } from './columns.js';

/** The values the status columns' CHECK constraints allow; the API's schemas and services use these. */
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export const INVOICE_STATUSES = ['draft', 'sent', 'paid', 'void'] as const;

export const timeEntryApprovals = pgTable(
  'time_entry_approvals',
  {
    id: serial('id').primaryKey(),
    timeEntryId: integer('time_entry_id')
      .notNull()
      .references(() => timeEntries.id, { onDelete: 'cascade' }),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status', { enum: APPROVAL_STATUSES }).notNull().default('pending'),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
    comment: text('comment').notNull().default(''),
  },
  (t) => [
    index('time_entry_approvals_entry_idx').on(t.timeEntryId),
    index('time_entry_approvals_status_idx').on(t.status),
    // One live approval per entry: pending or approved. Rejected/cancelled ones are history.
    uniqueIndex('time_entry_approvals_one_live')
      .on(t.timeEntryId)
      .where(sql`${t.status} in ('pending', 'approved')`),
    check('time_entry_approvals_status_check', sql`${t.status} in ('pending', 'approved', 'rejected', 'cancelled')`),
  ],
);

export const invoices = pgTable(
  'invoices',
  {
    id: serial('id').primaryKey(),
    number: text('number').notNull().unique(),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'restrict' }),
    projectId: integer('project_id').references(() => projects.id, { onDelete: 'restrict' }),
    status: text('status', { enum: INVOICE_STATUSES }).notNull().default('draft'),
    currency: text('currency').notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    /** Percent, e.g. 19.00 */
    taxRate: numeric('tax_rate', { precision: 5, scale: 2, mode: 'number' }).notNull().default(0),
    subtotal: numeric('subtotal', { precision: 14, scale: 2, mode: 'number' }).notNull().default(0),
    taxAmount: numeric('tax_amount', { precision: 14, scale: 2, mode: 'number' }).notNull().default(0),
    total: numeric('total', { precision: 14, scale: 2, mode: 'number' }).notNull().default(0),
    amountPaid: numeric('amount_paid', { precision: 14, scale: 2, mode: 'number' }).notNull().default(0),
    notes: text('notes').notNull().default(''),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
  },
  (t) => [
    index('invoices_project_idx').on(t.projectId),
    index('invoices_client_idx').on(t.clientId),
    check('invoices_status_check', sql`${t.status} in ('draft', 'sent', 'paid', 'void')`),
    check('invoices_paid_within_total', sql`${t.amountPaid} >= 0 and ${t.amountPaid} <= ${t.total}`),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: serial('id').primaryKey(),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    quantity: numeric('quantity', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    unitPrice: numeric('unit_price', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    /** A billed entry: unique, so no entry is ever billed twice (released when the invoice is voided). */
    timeEntryId: integer('time_entry_id').references(() => timeEntries.id, { onDelete: 'restrict' }),
    expenseId: integer('expense_id').references(() => expenses.id, { onDelete: 'restrict' }),
  },
  (t) => [
    index('invoice_lines_invoice_idx').on(t.invoiceId),
    uniqueIndex('invoice_lines_time_entry_once').on(t.timeEntryId),
    uniqueIndex('invoice_lines_expense_once').on(t.expenseId),
    check('invoice_lines_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

export const payments = pgTable(
  'payments',
  {
    id: serial('id').primaryKey(),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    method: text('method').notNull().default(''),
    note: text('note').notNull().default(''),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('payments_invoice_idx').on(t.invoiceId), check('payments_amount_positive', sql`${t.amount} > 0`)],
);
