/**
 * Leads (docs/api/crm.md#leads): owned records (lib/owned-records.ts) — seen when yours or with
 * view_all_leads, changed when yours or with edit_all_leads, given to another owner only with
 * edit_all_leads. Converting a lead (convert_leads) makes, in one transaction, the client (an
 * existing one, or a new one from the lead: create_clients), a contact from the lead, and
 * optionally a deal (create_deals), and marks the lead converted; a second conversion is 409.
 * Every change is audited in its transaction and told as a domain event (`lead.*`).
 */
import { and, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { contacts, leads, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { changedColumns } from '../../lib/changed-columns.js';
import type { Tx } from '../../lib/db-types.js';
import { emitDomainEvent } from '../../lib/domain-events.js';
import { conflict, validationFailed } from '../../lib/errors.js';
import { ownerCondition, requireEditableOwned, requireOwner, requireVisibleOwned, type OwnedKind } from '../../lib/owned-records.js';
import { paginate, type Page } from '../../lib/pagination.js';
import type { FilterOf } from '../../lib/schemas.js';
import { containsPattern } from '../../lib/search.js';
import { requireSubAction } from '../../lib/sub-actions.js';
import { auditRow, recordAudit, recordChange } from '../audit/audit.service.js';
import { createClient, getClient } from '../clients/clients.service.js';
import { insertContact, requireVisibleClient, toContactView } from '../contacts/contacts.service.js';
import { insertDeal } from '../deals/deals.service.js';
import { getSettings } from '../settings/settings.service.js';
import { FieldErrors, hasAtMostTwoDecimals } from '../time-entries/time-input.js';
import type { ConvertLeadBody, CreateLeadBody, Lead, LeadConversion, LeadsQuery, UpdateLeadBody } from './leads.schemas.js';

type Row = typeof leads.$inferSelect;
type Ref = { id: number; name: string };

export const LEADS: OwnedKind = {
  label: 'Lead',
  viewAll: 'view_all_leads',
  editAll: 'edit_all_leads',
};

export function toLeadView(row: Row, owner: Ref): Static<typeof Lead> {
  return {
    id: row.id,
    name: row.name,
    company: row.company,
    email: row.email,
    phone: row.phone,
    source: row.source,
    status: row.status,
    owner_id: row.ownerId,
    owner: { id: owner.id, name: owner.name },
    estimated_value: row.estimatedValue === null ? null : Number(row.estimatedValue),
    currency: row.currency,
    notes: row.notes,
    converted_at: row.convertedAt?.toISOString() ?? null,
    client_id: row.clientId,
    deal_id: row.dealId,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

const withOwner = (db: Tx) =>
  db
    .select({ lead: leads, owner: { id: users.id, name: users.name } })
    .from(leads)
    .innerJoin(users, eq(users.id, leads.ownerId));

type Found = { lead: Row; owner: Ref };
const view = (f: Found) => toLeadView(f.lead, f.owner);

/** The lead with its owner, if the actor may see it (404 otherwise); `lock` holds its row. */
async function loadVisible(tx: Tx, actor: Actor, id: number, lock = false): Promise<Found> {
  const query = withOwner(tx).where(eq(leads.id, id));
  const [found] = lock ? await query.for('update', { of: leads }) : await query;
  requireVisibleOwned(actor, LEADS, found?.lead);
  return found!;
}

const reload = async (tx: Tx, id: number): Promise<Found> => (await withOwner(tx).where(eq(leads.id, id)))[0]!;

function checkInput(input: Static<typeof UpdateLeadBody>): void {
  const errors = new FieldErrors();
  if (input.estimated_value != null && !hasAtMostTwoDecimals(input.estimated_value)) {
    errors.add('body.estimated_value', 'must have at most 2 decimals');
  }
  errors.throwIfAny();
}

export async function listLeads(db: Db, actor: Actor, filter: FilterOf<typeof LeadsQuery>, page: Page) {
  const pattern = filter.q ? containsPattern(filter.q) : null;
  const conditions: (SQL | undefined)[] = [
    ownerCondition(actor, LEADS, leads.ownerId, filter.owner_id),
    filter.status ? eq(leads.status, filter.status) : undefined,
    pattern ? or(ilike(leads.name, pattern), ilike(leads.company, pattern), ilike(leads.email, pattern)) : undefined,
  ];
  const condition = and(...conditions);
  const result = await paginate(
    page,
    async () => db.$count(leads, condition),
    (limit, offset) => withOwner(db).where(condition).orderBy(desc(leads.createdAt), desc(leads.id)).limit(limit).offset(offset),
  );
  return { leads: result.items.map(view), pagination: result.pagination };
}

export async function getLead(db: Db, actor: Actor, id: number) {
  return view(await loadVisible(db, actor, id));
}

export async function createLead(db: Db, actor: Actor, input: Static<typeof CreateLeadBody>) {
  checkInput(input);
  return db.transaction(async (tx) => {
    const ownerId = await requireOwner(tx, actor, LEADS, input.owner_id ?? actor.userId ?? 0, null);
    const [row] = await tx
      .insert(leads)
      .values({
        name: input.name.trim(),
        company: input.company ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        source: input.source ?? null,
        status: input.status ?? 'new',
        ownerId,
        estimatedValue: input.estimated_value ?? null,
        currency: input.currency ?? (await getSettings(tx)).default_currency,
        notes: input.notes ?? '',
      })
      .returning();
    await recordAudit(tx, actor, { action: 'lead.create', targetType: 'lead', targetId: row!.id, after: auditRow(row!) });
    await emitDomainEvent(tx, actor, 'lead.created', { lead_id: row!.id, owner_id: ownerId });
    return view(await reload(tx, row!.id));
  });
}

/** The body fields an update writes to their column as they come (after trimming the name). */
const LEAD_COLUMNS = {
  name: 'name',
  company: 'company',
  email: 'email',
  phone: 'phone',
  source: 'source',
  status: 'status',
  owner_id: 'ownerId',
  estimated_value: 'estimatedValue',
  currency: 'currency',
  notes: 'notes',
} as const;

export async function updateLead(db: Db, actor: Actor, id: number, input: Static<typeof UpdateLeadBody>) {
  checkInput(input);
  return db.transaction(async (tx) => {
    const { lead: before } = await loadVisible(tx, actor, id, true);
    requireEditableOwned(actor, LEADS, before);
    if (input.owner_id !== undefined) await requireOwner(tx, actor, LEADS, input.owner_id, before.ownerId);
    if (before.status === 'converted' && input.status !== undefined) throw conflict(`Lead ${id} is converted: its status stays converted`);
    const [after] = await tx
      .update(leads)
      .set({ ...changedColumns({ ...input, name: input.name?.trim() }, LEAD_COLUMNS), updatedAt: new Date() })
      .where(eq(leads.id, id))
      .returning();
    await recordChange(tx, actor, 'lead.update', { type: 'lead', id }, auditRow(before), auditRow(after!));
    await emitDomainEvent(tx, actor, 'lead.updated', { lead_id: id, owner_id: after!.ownerId, changed: Object.keys(input) });
    return view(await reload(tx, id));
  });
}

export async function deleteLead(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { lead: before } = await loadVisible(tx, actor, id, true);
    await tx.delete(leads).where(eq(leads.id, id));
    await recordAudit(tx, actor, { action: 'lead.delete', targetType: 'lead', targetId: id, before: auditRow(before) });
    await emitDomainEvent(tx, actor, 'lead.deleted', { lead_id: id, owner_id: before.ownerId });
  });
}

/** "Ada King Lovelace" → first name "Ada", last name "King Lovelace". */
function splitName(name: string): { first_name: string; last_name: string | null } {
  const [first, ...rest] = name.trim().split(/\s+/);
  return { first_name: first!, last_name: rest.length > 0 ? rest.join(' ') : null };
}

type Conversion = Static<typeof ConvertLeadBody>;

/** Exactly one of client_id and create_client: true; what creating needs besides convert_leads. */
function checkConversion(actor: Actor, input: Conversion): void {
  const existing = input.client_id !== undefined;
  const create = input.create_client === true;
  if (existing === create) {
    throw validationFailed('Send client_id (an existing client) or create_client: true, one of them', [
      { path: 'body.client_id', message: 'send client_id or create_client: true (one of them)' },
    ]);
  }
  if (create) requireSubAction(actor, 'Creating a client from a lead', 'create_clients', 'write:clients');
  if (input.deal) requireSubAction(actor, 'Creating a deal from a lead', 'create_deals', 'write:deals');
}

export async function convertLead(db: Db, actor: Actor, id: number, input: Conversion): Promise<Static<typeof LeadConversion>> {
  checkConversion(actor, input);
  return db.transaction(async (tx) => {
    const { lead: before } = await loadVisible(tx, actor, id, true);
    if (before.status === 'converted') throw conflict(`Lead ${id} is already converted`);
    let clientId: number;
    if (input.client_id !== undefined) {
      const client = await requireVisibleClient(tx, actor, input.client_id, true);
      if (client.status !== 'active') throw conflict(`Client ${client.id} is archived`);
      clientId = client.id;
    } else {
      clientId = (await createClient(tx, actor, { name: before.company ?? before.name, email: before.email, phone: before.phone })).id;
    }
    const hasPrimary = (await tx.$count(contacts, and(eq(contacts.clientId, clientId), eq(contacts.isPrimary, true)))) > 0;
    const contact = await insertContact(tx, actor, clientId, {
      ...splitName(before.name),
      email: before.email,
      phone: before.phone,
      is_primary: !hasPrimary,
    });
    const deal = input.deal
      ? await insertDeal(
          tx,
          actor,
          {
            ...input.deal,
            name: input.deal.name ?? before.company ?? before.name,
            client_id: clientId,
            contact_id: contact.id,
            owner_id: input.deal.owner_id ?? before.ownerId,
            value_amount: input.deal.value_amount !== undefined ? input.deal.value_amount : before.estimatedValue,
            currency: input.deal.currency ?? before.currency,
          },
          'body.deal',
        )
      : null;
    const [after] = await tx
      .update(leads)
      .set({ status: 'converted', convertedAt: new Date(), clientId, dealId: deal?.id ?? null, updatedAt: new Date() })
      .where(eq(leads.id, id))
      .returning();
    await recordChange(tx, actor, 'lead.convert', { type: 'lead', id }, auditRow(before), auditRow(after!));
    await emitDomainEvent(tx, actor, 'lead.converted', {
      lead_id: id,
      owner_id: after!.ownerId,
      client_id: clientId,
      contact_id: contact.id,
      deal_id: deal?.id ?? null,
    });
    return { lead: view(await reload(tx, id)), client: await getClient(tx, actor, clientId), contact: toContactView(contact), deal };
  });
}
