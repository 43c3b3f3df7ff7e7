/**
 * Records with an owner (`owner_id`): leads and deals (docs/api/crm.md#own-and-all). The rule is
 * one for both, the permissions are each kind's own (the kind names them, so every check names a
 * catalog permission):
 * - seen: your own, or every one with view_all_*; anything else is 404, and lists never contain it;
 * - changed: your own with edit_own_*, or any you see with edit_all_*; seen but not yours → 403;
 * - given to another owner (on create or update): edit_all_*, and the new owner an active user.
 */
import type { Permission } from '@timekeeper/shared';
import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from './actor.js';
import type { Tx } from './db-types.js';
import { users } from '../db/schema/index.js';
import { conflict, notFound, permissionRequired } from './errors.js';

export interface OwnedKind {
  /** For messages: 'Lead', 'Deal'. */
  readonly label: string;
  /** Sees every owner's records (view_all_*). */
  readonly viewAll: Permission;
  /** Changes every owner's records it sees (edit_all_*), named in the 403. */
  readonly editAll: Permission;
}

const seesAll = (actor: Actor, kind: OwnedKind) => actor.account.permissions.has(kind.viewAll);
const editsAll = (actor: Actor, kind: OwnedKind) => actor.account.permissions.has(kind.editAll);

/**
 * The list condition: everyone's (narrowed to `requestedOwner` if given) with view_all_*, only
 * the caller's own without it — whatever `owner_id` asks for (another owner's id gives an empty list).
 */
export function ownerCondition(actor: Actor, kind: OwnedKind, column: PgColumn, requestedOwner: number | undefined): SQL | undefined {
  if (seesAll(actor, kind)) return requestedOwner === undefined ? undefined : eq(column, requestedOwner);
  const own = eq(column, actor.userId ?? -1);
  return requestedOwner === undefined ? own : and(own, eq(column, requestedOwner));
}

/** The record if the actor may see it; 404 otherwise (a record you may not see does not exist for you). */
export function requireVisibleOwned<Row extends { ownerId: number }>(actor: Actor, kind: OwnedKind, row: Row | undefined): Row {
  if (!row || (row.ownerId !== actor.userId && !seesAll(actor, kind))) throw notFound(kind.label);
  return row;
}

const refuse = (kind: OwnedKind, what: string) => permissionRequired(kind.editAll, what);

/** A visible record the actor wants to change: their own (the route checked edit_own_*) or edit_all_*. */
export function requireEditableOwned(actor: Actor, kind: OwnedKind, row: { ownerId: number }, verb = 'Changing'): void {
  if (row.ownerId !== actor.userId && !editsAll(actor, kind)) throw refuse(kind, `${verb} another owner's ${kind.label.toLowerCase()}`);
}

/**
 * The owner a create (`current` null) or an update asks for. Keeping the owner, or creating for
 * yourself, needs nothing more; any other owner needs edit_all_* (403) and must be an active
 * user (404 unknown, 409 deactivated).
 */
export async function requireOwner(tx: Tx, actor: Actor, kind: OwnedKind, requested: number, current: number | null): Promise<number> {
  if (requested === current) return requested;
  const ownOnCreate = current === null && requested === actor.userId;
  if (!ownOnCreate && !editsAll(actor, kind)) throw refuse(kind, `Giving a ${kind.label.toLowerCase()} to another owner`);
  const [user] = await tx.select({ isActive: users.isActive }).from(users).where(eq(users.id, requested));
  if (!user) throw notFound(`User ${requested}`);
  if (!user.isActive) throw conflict(`User ${requested} is deactivated`);
  return requested;
}
