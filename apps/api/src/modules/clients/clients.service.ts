/**
 * Clients. Everyone with view_clients sees every client (clients are not project-scoped), but
 * a client's `project_count` counts only the projects the caller can see (the shared
 * `view_project` rule): a client must not reveal projects the caller cannot see.
 * Internal `notes` are read and written only with manage_client_notes: without it they are left
 * out of responses, and sending them is a 403. A client still referenced by a project is archived
 * instead of deleted (projects.client_id is ON DELETE RESTRICT).
 */
import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { clients, deals, projects, invoices } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { AppError, notFound } from '../../lib/errors.js';
import { containsPattern } from '../../lib/search.js';
import { changedColumns } from '../../lib/changed-columns.js';
import { paginate, type Page } from '../../lib/pagination.js';
import type { FilterOf } from '../../lib/schemas.js';
import { auditRow as auditRowOf, recordAudit, recordChange } from '../audit/audit.service.js';
import { projectsAllowing } from '../projects/project-access.js';
import type { Client, ClientsQuery, CreateClientBody, UpdateClientBody } from './clients.schemas.js';

type Row = typeof clients.$inferSelect;

const mayUseNotes = (actor: Actor) => actor.account.permissions.has('manage_client_notes');

export function toClientView(row: Row, projectCount: number, actor: Actor): Static<typeof Client> {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    address: row.address,
    status: row.status,
    ...(mayUseNotes(actor) ? { notes: row.notes } : {}),
    project_count: projectCount,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** The audit trail leaves the notes out: audit readers need not hold manage_client_notes. */
function auditRow(row: Row) {
  const { notes: _notes, ...rest } = row;
  return auditRowOf(rest);
}

/** How many projects of each client the actor can see. */
async function projectCounts(db: Tx, actor: Actor, clientIds: number[]): Promise<Map<number, number>> {
  if (clientIds.length === 0) return new Map();
  const visible = await projectsAllowing(db, actor, 'view_project');
  if (visible !== 'all' && visible.length === 0) return new Map();
  const rows = await db
    .select({ clientId: projects.clientId, n: count() })
    .from(projects)
    .where(and(inArray(projects.clientId, clientIds), visible === 'all' ? undefined : inArray(projects.id, visible)))
    .groupBy(projects.clientId);
  return new Map(rows.map((r) => [r.clientId!, Number(r.n)]));
}

const projectCount = async (db: Tx, actor: Actor, clientId: number) => (await projectCounts(db, actor, [clientId])).get(clientId) ?? 0;

/** Every project of the client, seen or not: what decides between deleting and archiving it. */
const allProjectsOf = (db: Tx, clientId: number) => db.$count(projects, eq(projects.clientId, clientId));

/** The body fields an update writes to their column as they come (after trimming the name). */
const CLIENT_COLUMNS = { name: 'name', email: 'email', phone: 'phone', address: 'address', notes: 'notes', status: 'status' } as const;

function requireNotesPermission(actor: Actor, input: { notes?: string }): void {
  if (input.notes !== undefined && !mayUseNotes(actor)) {
    throw new AppError('forbidden', "Writing client notes requires the 'manage_client_notes' permission", {
      required_permission: 'manage_client_notes',
    });
  }
}

/**
 * A client that a project or a deal may name: it must exist (404) and be active (409); null and
 * undefined name none. The caller's right to see clients is the route's business.
 */
export async function requireActiveClient(tx: Tx, clientId: number | null | undefined): Promise<void> {
  if (clientId === undefined || clientId === null) return;
  const [client] = await tx.select({ status: clients.status }).from(clients).where(eq(clients.id, clientId));
  if (!client) throw notFound(`Client ${clientId}`);
  if (client.status !== 'active') throw new AppError('conflict', `Client ${clientId} is archived`);
}

export async function listClients(db: Db, actor: Actor, filter: FilterOf<typeof ClientsQuery>, page: Page) {
  const pattern = filter.q ? containsPattern(filter.q) : null;
  const conditions: (SQL | undefined)[] = [
    filter.status === 'all' ? undefined : eq(clients.status, filter.status ?? 'active'),
    pattern ? or(ilike(clients.name, pattern), ilike(clients.email, pattern)) : undefined,
  ];
  const condition = and(...conditions);
  const result = await paginate(
    page,
    async () => db.$count(clients, condition),
    (limit, offset) => db.select().from(clients).where(condition).orderBy(asc(clients.name), asc(clients.id)).limit(limit).offset(offset),
  );
  const counts = await projectCounts(
    db,
    actor,
    result.items.map((c) => c.id),
  );
  return { clients: result.items.map((c) => toClientView(c, counts.get(c.id) ?? 0, actor)), pagination: result.pagination };
}

export async function getClient(db: Db, actor: Actor, id: number) {
  const [row] = await db.select().from(clients).where(eq(clients.id, id));
  if (!row) throw notFound('Client');
  return toClientView(row, await projectCount(db, actor, id), actor);
}

export async function createClient(db: Db, actor: Actor, input: Static<typeof CreateClientBody>) {
  requireNotesPermission(actor, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(clients)
      .values({
        name: input.name.trim(),
        email: input.email ?? null,
        phone: input.phone ?? null,
        address: input.address ?? null,
        notes: input.notes ?? '',
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'client.create',
      targetType: 'client',
      targetId: row!.id,
      after: { ...auditRow(row!), notes_set: row!.notes !== '' },
    });
    return toClientView(row!, 0, actor);
  });
}

export async function updateClient(db: Db, actor: Actor, id: number, input: Static<typeof UpdateClientBody>) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(clients).where(eq(clients.id, id)).for('update');
    if (!before) throw notFound('Client');
    requireNotesPermission(actor, input);
    const [after] = await tx
      .update(clients)
      .set({
        ...changedColumns({ ...input, name: input.name?.trim() }, CLIENT_COLUMNS),
        updatedAt: new Date(),
      })
      .where(eq(clients.id, id))
      .returning();
    const changed = { ...auditRow(after!), notes_changed: before.notes !== after!.notes };
    await recordChange(tx, actor, 'client.update', { type: 'client', id }, auditRow(before), changed);
    return toClientView(after!, await projectCount(tx, actor, id), actor);
  });
}

/**
 * Deletes an unreferenced client (→ null, answered 204); archives a referenced one instead
 * (→ the archived client, answered 200). The row lock makes a concurrent project insert that
 * references this client (its foreign-key check takes a key-share lock) wait, or be seen.
 */
export async function deleteClient(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(clients).where(eq(clients.id, id)).for('update');
    if (!before) throw notFound('Client');
    const referenced = await allProjectsOf(tx, id);
    // Invoices and deals name clients too: a client on any invoice or deal is archived, never deleted.
    const invoiced = await tx.$count(invoices, eq(invoices.clientId, id));
    const dealt = await tx.$count(deals, eq(deals.clientId, id));
    if (referenced === 0 && invoiced === 0 && dealt === 0) {
      await tx.delete(clients).where(eq(clients.id, id));
      await recordAudit(tx, actor, { action: 'client.delete', targetType: 'client', targetId: id, before: auditRow(before) });
      return null;
    }
    const [after] = await tx.update(clients).set({ status: 'archived', updatedAt: new Date() }).where(eq(clients.id, id)).returning();
    await recordAudit(tx, actor, {
      action: 'client.archive',
      targetType: 'client',
      targetId: id,
      before: { status: before.status },
      after: { status: 'archived', reason: `referenced by ${referenced} project(s), ${invoiced} invoice(s) and ${dealt} deal(s)` },
    });
    return toClientView(after!, await projectCount(tx, actor, id), actor);
  });
}
