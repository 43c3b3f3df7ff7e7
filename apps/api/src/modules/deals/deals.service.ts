/**
 * Deals (docs/api/crm.md#deals): owned records (lib/owned-records.ts) — seen when yours or with
 * view_all_deals, changed when yours or with edit_all_deals, given to another owner only with
 * edit_all_deals. The stage is one of the `deal_stages` setting's values. An open deal is won
 * (optionally creating a project for its client, with the winner as project administrator) or
 * lost with a reason; won and lost deals stay as they closed. Every change is audited in its
 * transaction and told as a domain event (`deal.*`).
 */
import { and, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { clients, contacts, deals, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { changedColumns } from '../../lib/changed-columns.js';
import type { Tx } from '../../lib/db-types.js';
import { emitDomainEvent } from '../../lib/domain-events.js';
import { conflict } from '../../lib/errors.js';
import { ownerCondition, requireEditableOwned, requireOwner, requireVisibleOwned, type OwnedKind } from '../../lib/owned-records.js';
import { paginate, type Page } from '../../lib/pagination.js';
import type { FilterOf } from '../../lib/schemas.js';
import { containsPattern } from '../../lib/search.js';
import { requireSubAction } from '../../lib/sub-actions.js';
import { auditRow, recordAudit, recordChange } from '../audit/audit.service.js';
import { requireActiveClient } from '../clients/clients.service.js';
import { createProject } from '../projects/projects.service.js';
import { getSettings } from '../settings/settings.service.js';
import { checkCalendarDate, FieldErrors, hasAtMostTwoDecimals } from '../time-entries/time-input.js';
import type { CreateDealBody, Deal, DealsQuery, LoseDealBody, UpdateDealBody, WinDealBody } from './deals.schemas.js';

type Row = typeof deals.$inferSelect;
type Ref = { id: number; name: string };

export const DEALS: OwnedKind = {
  label: 'Deal',
  viewAll: 'view_all_deals',
  editAll: 'edit_all_deals',
};

export function toDealView(row: Row, owner: Ref, client: Ref | null): Static<typeof Deal> {
  return {
    id: row.id,
    name: row.name,
    client_id: row.clientId,
    client: client && { id: client.id, name: client.name },
    contact_id: row.contactId,
    owner_id: row.ownerId,
    owner: { id: owner.id, name: owner.name },
    status: row.status,
    stage: row.stage,
    value_amount: row.valueAmount === null ? null : Number(row.valueAmount),
    currency: row.currency,
    probability: row.probability,
    expected_close_date: row.expectedCloseDate,
    closed_at: row.closedAt?.toISOString() ?? null,
    lost_reason: row.lostReason,
    project_id: row.projectId,
    notes: row.notes,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

const withRefs = (db: Tx) =>
  db
    .select({ deal: deals, owner: { id: users.id, name: users.name }, client: { id: clients.id, name: clients.name } })
    .from(deals)
    .innerJoin(users, eq(users.id, deals.ownerId))
    .leftJoin(clients, eq(clients.id, deals.clientId));

type Found = { deal: Row; owner: Ref; client: Ref | null };
const view = (f: Found) => toDealView(f.deal, f.owner, f.client);

/** The deal with its owner and client, if the actor may see it (404 otherwise); `lock` holds its row. */
async function loadVisible(tx: Tx, actor: Actor, id: number, lock = false): Promise<Found> {
  const query = withRefs(tx).where(eq(deals.id, id));
  const [found] = lock ? await query.for('update', { of: deals }) : await query;
  requireVisibleOwned(actor, DEALS, found?.deal);
  return found!;
}

const reload = async (tx: Tx, id: number): Promise<Found> => (await withRefs(tx).where(eq(deals.id, id)))[0]!;

/** The stages of open deals, in pipeline order (the `deal_stages` setting). */
export async function dealStages(tx: Tx): Promise<string[]> {
  return (await getSettings(tx)).deal_stages;
}

type DealInput = Static<typeof UpdateDealBody>;

/** What the schema cannot say: a current stage, a real date, two decimals at most. */
function checkInput(input: DealInput, stages: readonly string[], prefix: string, stageChanged: boolean): void {
  const errors = new FieldErrors();
  if (input.stage !== undefined && stageChanged && !stages.includes(input.stage)) {
    errors.add(`${prefix}.stage`, `must be one of the deal stages: ${stages.join(', ')}`);
  }
  if (input.expected_close_date) checkCalendarDate(input.expected_close_date, `${prefix}.expected_close_date`, errors);
  if (input.value_amount != null && !hasAtMostTwoDecimals(input.value_amount))
    errors.add(`${prefix}.value_amount`, 'must have at most 2 decimals');
  errors.throwIfAny();
}

/**
 * The deal's client and contact: the client must exist (404) and be active (409) — like a
 * project's — and the contact must be one of that client's (400).
 */
async function requireLinks(tx: Tx, clientId: number | null, contactId: number | null, prefix: string): Promise<void> {
  await requireActiveClient(tx, clientId);
  if (contactId === null) return;
  const [contact] = await tx.select({ clientId: contacts.clientId }).from(contacts).where(eq(contacts.id, contactId));
  if (!contact || contact.clientId !== clientId) {
    const errors = new FieldErrors();
    errors.add(`${prefix}.contact_id`, "must be a contact of the deal's client");
    errors.throwIfAny();
  }
}

export async function listDeals(db: Db, actor: Actor, filter: FilterOf<typeof DealsQuery>, page: Page) {
  const pattern = filter.q ? containsPattern(filter.q) : null;
  const conditions: (SQL | undefined)[] = [
    ownerCondition(actor, DEALS, deals.ownerId, filter.owner_id),
    filter.status ? eq(deals.status, filter.status) : undefined,
    filter.stage ? eq(deals.stage, filter.stage) : undefined,
    filter.client_id ? eq(deals.clientId, filter.client_id) : undefined,
    pattern ? or(ilike(deals.name, pattern), ilike(deals.notes, pattern)) : undefined,
  ];
  const condition = and(...conditions);
  const result = await paginate(
    page,
    async () => db.$count(deals, condition),
    (limit, offset) => withRefs(db).where(condition).orderBy(desc(deals.createdAt), desc(deals.id)).limit(limit).offset(offset),
  );
  return { deals: result.items.map(view), pagination: result.pagination };
}

export async function getDeal(db: Db, actor: Actor, id: number) {
  return view(await loadVisible(db, actor, id));
}

/**
 * Creates a deal in the caller's transaction (also used by a lead's conversion, with `prefix`
 * naming where its fields came from in the request body).
 */
export async function insertDeal(
  tx: Tx,
  actor: Actor,
  input: Static<typeof CreateDealBody>,
  prefix = 'body',
): Promise<Static<typeof Deal>> {
  const settings = await getSettings(tx);
  const stages = settings.deal_stages;
  checkInput(input, stages, prefix, true);
  const ownerId = await requireOwner(tx, actor, DEALS, input.owner_id ?? actor.userId ?? 0, null);
  const clientId = input.client_id ?? null;
  const contactId = input.contact_id ?? null;
  await requireLinks(tx, clientId, contactId, prefix);
  const [row] = await tx
    .insert(deals)
    .values({
      name: input.name.trim(),
      clientId,
      contactId,
      ownerId,
      stage: input.stage ?? stages[0]!,
      valueAmount: input.value_amount ?? null,
      currency: input.currency ?? settings.default_currency,
      probability: input.probability ?? null,
      expectedCloseDate: input.expected_close_date ?? null,
      notes: input.notes ?? '',
    })
    .returning();
  await recordAudit(tx, actor, { action: 'deal.create', targetType: 'deal', targetId: row!.id, after: auditRow(row!) });
  await emitDomainEvent(tx, actor, 'deal.created', { deal_id: row!.id, owner_id: ownerId, stage: row!.stage });
  return view(await reload(tx, row!.id));
}

export async function createDeal(db: Db, actor: Actor, input: Static<typeof CreateDealBody>) {
  return db.transaction((tx) => insertDeal(tx, actor, input));
}

/** The body fields an update writes to their column as they come (after trimming the name). */
const DEAL_COLUMNS = {
  name: 'name',
  client_id: 'clientId',
  contact_id: 'contactId',
  owner_id: 'ownerId',
  stage: 'stage',
  value_amount: 'valueAmount',
  currency: 'currency',
  probability: 'probability',
  expected_close_date: 'expectedCloseDate',
  notes: 'notes',
} as const;

export async function updateDeal(db: Db, actor: Actor, id: number, input: DealInput) {
  return db.transaction(async (tx) => {
    const { deal: before } = await loadVisible(tx, actor, id, true);
    requireEditableOwned(actor, DEALS, before);
    if (input.owner_id !== undefined) await requireOwner(tx, actor, DEALS, input.owner_id, before.ownerId);
    checkInput(input, await dealStages(tx), 'body', input.stage !== undefined && input.stage !== before.stage);
    const clientId = input.client_id !== undefined ? input.client_id : before.clientId;
    // A new client drops the old client's contact unless the request names one of the new client's.
    const contactId = input.contact_id !== undefined ? input.contact_id : clientId === before.clientId ? before.contactId : null;
    if (clientId !== before.clientId || input.contact_id !== undefined) await requireLinks(tx, clientId, contactId, 'body');
    const [after] = await tx
      .update(deals)
      .set({ ...changedColumns({ ...input, name: input.name?.trim() }, DEAL_COLUMNS), contactId, updatedAt: new Date() })
      .where(eq(deals.id, id))
      .returning();
    await recordChange(tx, actor, 'deal.update', { type: 'deal', id }, auditRow(before), auditRow(after!));
    await emitDomainEvent(tx, actor, 'deal.updated', { deal_id: id, owner_id: after!.ownerId, changed: Object.keys(input) });
    return view(await reload(tx, id));
  });
}

export async function deleteDeal(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { deal: before } = await loadVisible(tx, actor, id, true);
    await tx.delete(deals).where(eq(deals.id, id));
    await recordAudit(tx, actor, { action: 'deal.delete', targetType: 'deal', targetId: id, before: auditRow(before) });
    await emitDomainEvent(tx, actor, 'deal.deleted', { deal_id: id, owner_id: before.ownerId });
  });
}

/** An open deal the actor may change, locked; a won or lost one is a 409. */
async function loadOpen(tx: Tx, actor: Actor, id: number, verb: string): Promise<Row> {
  const { deal } = await loadVisible(tx, actor, id, true);
  requireEditableOwned(actor, DEALS, deal, verb);
  if (deal.status !== 'open') throw conflict(`Deal ${id} is already ${deal.status}`);
  return deal;
}

export async function winDeal(db: Db, actor: Actor, id: number, input: Static<typeof WinDealBody>) {
  return db.transaction(async (tx) => {
    const before = await loadOpen(tx, actor, id, 'Winning');
    let projectId: number | null = null;
    if (input.create_project) {
      requireSubAction(actor, 'Creating a project for the won deal', 'create_projects', 'write:projects');
      // The creator of a project becomes its administrator: the winner.
      const project = await createProject(tx, actor, { name: before.name, client_id: before.clientId, currency: before.currency });
      projectId = project.id;
    }
    const [after] = await tx
      .update(deals)
      .set({ status: 'won', closedAt: new Date(), projectId, updatedAt: new Date() })
      .where(eq(deals.id, id))
      .returning();
    await recordChange(tx, actor, 'deal.win', { type: 'deal', id }, auditRow(before), auditRow(after!));
    await emitDomainEvent(tx, actor, 'deal.won', { deal_id: id, owner_id: after!.ownerId, project_id: projectId });
    return view(await reload(tx, id));
  });
}

export async function loseDeal(db: Db, actor: Actor, id: number, input: Static<typeof LoseDealBody>) {
  return db.transaction(async (tx) => {
    const before = await loadOpen(tx, actor, id, 'Losing');
    const reason = input.reason.trim();
    const [after] = await tx
      .update(deals)
      .set({ status: 'lost', closedAt: new Date(), lostReason: reason, updatedAt: new Date() })
      .where(eq(deals.id, id))
      .returning();
    await recordChange(tx, actor, 'deal.lose', { type: 'deal', id }, auditRow(before), auditRow(after!));
    await emitDomainEvent(tx, actor, 'deal.lost', { deal_id: id, owner_id: after!.ownerId, reason });
    return view(await reload(tx, id));
  });
}
