/**
 * Sales (CRM): leads, deals and the contacts of clients (docs/api/crm.md). Leads and deals have
 * an owner (`owner_id`): without view_all_* a caller sees only their own. Contacts belong to a
 * client and follow its visibility. Money is numeric(14,2) with an ISO 4217 currency, like invoices.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.js';
import { clients, projects } from './domain.js';
import { users } from './identity.js';

/** The values the status columns' CHECK constraints allow; the API's schemas and services use these. */
export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'lost', 'converted'] as const;
export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;

/** Users own data and are deactivated, never deleted, while they do. */
const ownerIdColumn = () =>
  integer('owner_id')
    .notNull()
    .references(() => users.id, { onDelete: 'restrict' });

export const contacts = pgTable(
  'contacts',
  {
    id: serial('id').primaryKey(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name'),
    email: text('email'),
    phone: text('phone'),
    title: text('title'),
    isPrimary: boolean('is_primary').notNull().default(false),
    notes: text('notes').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    index('contacts_client_idx').on(t.clientId),
    // At most one primary contact per client.
    uniqueIndex('contacts_one_primary_per_client')
      .on(t.clientId)
      .where(sql`${t.isPrimary}`),
  ],
);

export const deals = pgTable(
  'deals',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    // A client with deals is archived, never deleted (clients.service.ts).
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'restrict' }),
    contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    ownerId: ownerIdColumn(),
    status: text('status', { enum: DEAL_STATUSES }).notNull().default('open'),
    /** One of the `deal_stages` setting's values when the deal was last staged. */
    stage: text('stage').notNull(),
    valueAmount: numeric('value_amount', { precision: 14, scale: 2, mode: 'number' }),
    currency: text('currency').notNull(),
    probability: integer('probability'),
    expectedCloseDate: date('expected_close_date', { mode: 'string' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    lostReason: text('lost_reason'),
    projectId: integer('project_id').references(() => projects.id, { onDelete: 'set null' }),
    notes: text('notes').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    index('deals_owner_idx').on(t.ownerId, t.status),
    index('deals_status_stage_idx').on(t.status, t.stage),
    index('deals_client_idx').on(t.clientId),
    check('deals_status_check', sql`${t.status} in ('open', 'won', 'lost')`),
    check('deals_probability_range', sql`${t.probability} between 0 and 100`),
    check('deals_value_not_negative', sql`${t.valueAmount} >= 0`),
  ],
);

export const leads = pgTable(
  'leads',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    company: text('company'),
    email: text('email'),
    phone: text('phone'),
    source: text('source'),
    status: text('status', { enum: LEAD_STATUSES }).notNull().default('new'),
    ownerId: ownerIdColumn(),
    estimatedValue: numeric('estimated_value', { precision: 14, scale: 2, mode: 'number' }),
    currency: text('currency').notNull(),
    notes: text('notes').notNull().default(''),
    convertedAt: timestamp('converted_at', { withTimezone: true }),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'set null' }),
    dealId: integer('deal_id').references(() => deals.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('leads_owner_idx').on(t.ownerId, t.status),
    index('leads_status_idx').on(t.status),
    check('leads_status_check', sql`${t.status} in ('new', 'contacted', 'qualified', 'lost', 'converted')`),
    check('leads_value_not_negative', sql`${t.estimatedValue} >= 0`),
    check('leads_converted_when_converted_at', sql`(${t.status} = 'converted') = (${t.convertedAt} is not null)`),
  ],
);
