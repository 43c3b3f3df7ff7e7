/**
 * The contacts of clients (docs/api/crm.md#contacts). A contact's visibility follows its client:
 * whoever may not see the client gets 404 for it and for its contacts. At most one contact per
 * client is primary; making one primary takes it from the other (the client row is locked while
 * that happens, so two at once cannot both win). Every change is audited in its transaction and
 * told as a domain event (`contact.*`).
 */
import { and, asc, desc, eq, ilike, ne, or, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { clients, contacts } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { changedColumns } from '../../lib/changed-columns.js';
import type { Tx } from '../../lib/db-types.js';
import { emitDomainEvent } from '../../lib/domain-events.js';
import { notFound } from '../../lib/errors.js';
import { paginate, type Page } from '../../lib/pagination.js';
import type { FilterOf } from '../../lib/schemas.js';
import { containsPattern } from '../../lib/search.js';
import { auditRow, recordAudit, recordChange } from '../audit/audit.service.js';
import type { Contact, ContactsQuery, CreateContactBody, UpdateContactBody } from './contacts.schemas.js';

type Row = typeof contacts.$inferSelect;
type ClientRow = typeof clients.$inferSelect;

export function toContactView(row: Row): Static<typeof Contact> {
  return {
    id: row.id,
    client_id: row.clientId,
    first_name: row.firstName,
    last_name: row.lastName,
    email: row.email,
    phone: row.phone,
    title: row.title,
    is_primary: row.isPrimary,
    notes: row.notes,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/**
 * The client, if the actor may see it; 404 otherwise. Clients are seen with view_clients (every
 * client: they are not scoped further); `lock` holds the row while a primary contact changes.
 */
export async function requireVisibleClient(tx: Tx, actor: Actor, clientId: number, lock = false): Promise<ClientRow> {
  if (!actor.account.permissions.has('view_clients')) throw notFound('Client');
  const query = tx.select().from(clients).where(eq(clients.id, clientId));
  const [client] = lock ? await query.for('update') : await query;
  if (!client) throw notFound('Client');
  return client;
}

/** The contact, if the actor may see its client (404 otherwise); `lock` holds the client's row, then the contact's. */
async function loadVisible(tx: Tx, actor: Actor, id: number, lock = false): Promise<Row> {
  const [row] = await tx.select().from(contacts).where(eq(contacts.id, id));
  if (!row || !actor.account.permissions.has('view_clients')) throw notFound('Contact');
  if (!lock) return row;
  await requireVisibleClient(tx, actor, row.clientId, true);
  const [locked] = await tx.select().from(contacts).where(eq(contacts.id, id)).for('update');
  if (!locked) throw notFound('Contact');
  return locked;
}

/** Takes the primary mark from the client's other contacts (the caller holds the client's row lock). */
async function clearOtherPrimary(tx: Tx, clientId: number, keepId: number | null): Promise<void> {
  await tx
    .update(contacts)
    .set({ isPrimary: false, updatedAt: new Date() })
    .where(and(eq(contacts.clientId, clientId), eq(contacts.isPrimary, true), keepId === null ? undefined : ne(contacts.id, keepId)));
}

export async function listContacts(db: Db, actor: Actor, clientId: number, filter: FilterOf<typeof ContactsQuery>, page: Page) {
  await requireVisibleClient(db, actor, clientId);
  const pattern = filter.q ? containsPattern(filter.q) : null;
  const conditions: (SQL | undefined)[] = [
    eq(contacts.clientId, clientId),
    pattern
      ? or(
          ilike(contacts.firstName, pattern),
          ilike(contacts.lastName, pattern),
          ilike(contacts.email, pattern),
          ilike(contacts.title, pattern),
        )
      : undefined,
  ];
  const condition = and(...conditions);
  const result = await paginate(
    page,
    async () => db.$count(contacts, condition),
    (limit, offset) =>
      db
        .select()
        .from(contacts)
        .where(condition)
        .orderBy(desc(contacts.isPrimary), asc(contacts.firstName), asc(contacts.id))
        .limit(limit)
        .offset(offset),
  );
  return { contacts: result.items.map(toContactView), pagination: result.pagination };
}

export async function getContact(db: Db, actor: Actor, id: number) {
  return toContactView(await loadVisible(db, actor, id));
}

type NewContact = Static<typeof CreateContactBody>;

/** Adds a contact to a client the caller has already checked and locked (also used by a lead's conversion). */
export async function insertContact(tx: Tx, actor: Actor, clientId: number, input: NewContact): Promise<Row> {
  if (input.is_primary) await clearOtherPrimary(tx, clientId, null);
  const [row] = await tx
    .insert(contacts)
    .values({
      clientId,
      firstName: input.first_name.trim(),
      lastName: input.last_name ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      title: input.title ?? null,
      isPrimary: input.is_primary ?? false,
      notes: input.notes ?? '',
    })
    .returning();
  await recordAudit(tx, actor, { action: 'contact.create', targetType: 'contact', targetId: row!.id, after: auditRow(row!) });
  await emitDomainEvent(tx, actor, 'contact.created', { contact_id: row!.id, client_id: clientId });
  return row!;
}

export async function createContact(db: Db, actor: Actor, clientId: number, input: NewContact) {
  return db.transaction(async (tx) => {
    await requireVisibleClient(tx, actor, clientId, true);
    return toContactView(await insertContact(tx, actor, clientId, input));
  });
}

/** The body fields an update writes to their column as they come (after trimming the first name). */
const CONTACT_COLUMNS = {
  first_name: 'firstName',
  last_name: 'lastName',
  email: 'email',
  phone: 'phone',
  title: 'title',
  is_primary: 'isPrimary',
  notes: 'notes',
} as const;

export async function updateContact(db: Db, actor: Actor, id: number, input: Static<typeof UpdateContactBody>) {
  return db.transaction(async (tx) => {
    const before = await loadVisible(tx, actor, id, true);
    if (input.is_primary === true) await clearOtherPrimary(tx, before.clientId, id);
    const [after] = await tx
      .update(contacts)
      .set({ ...changedColumns({ ...input, first_name: input.first_name?.trim() }, CONTACT_COLUMNS), updatedAt: new Date() })
      .where(eq(contacts.id, id))
      .returning();
    await recordChange(tx, actor, 'contact.update', { type: 'contact', id }, auditRow(before), auditRow(after!));
    await emitDomainEvent(tx, actor, 'contact.updated', { contact_id: id, client_id: before.clientId, changed: Object.keys(input) });
    return toContactView(after!);
  });
}

export async function deleteContact(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await loadVisible(tx, actor, id, true);
    await tx.delete(contacts).where(eq(contacts.id, id));
    await recordAudit(tx, actor, { action: 'contact.delete', targetType: 'contact', targetId: id, before: auditRow(before) });
    await emitDomainEvent(tx, actor, 'contact.deleted', { contact_id: id, client_id: before.clientId });
  });
}
