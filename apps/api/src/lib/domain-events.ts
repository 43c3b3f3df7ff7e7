/**
 * Domain events: what happened, told by the service that made it happen (`deal.won`,
 * `lead.converted`, …), so that other parts of the system can react without the service knowing
 * them — a webhook outbox first of all (docs/development/README.md#domain-events).
 *
 * A subscriber says when it runs:
 * - `in_transaction`: awaited inside the transaction that made the change, with that transaction,
 *   before it commits. An outbox writes its row here, so the event is stored if and only if the
 *   change is; a subscriber that throws rolls the change back.
 * - `after_commit` (the default): once the change has committed (never when it rolled back);
 *   errors are the subscriber's own business and never reach the caller.
 *
 * Events are typed: `DomainEventMap` names each event and its data (the resource as the API
 * returns it), so a subscriber or an emitter with the wrong shape does not compile.
 */
import { afterCommit } from '../db/after-commit.js';
import type { Actor } from './actor.js';
import type { Tx } from './db-types.js';

/** The events and their data. Add an event here before emitting it. */
export interface DomainEventMap {
  'lead.created': { lead_id: number; owner_id: number };
  'lead.updated': { lead_id: number; owner_id: number; changed: string[] };
  'lead.deleted': { lead_id: number; owner_id: number };
  'lead.converted': { lead_id: number; owner_id: number; client_id: number; contact_id: number; deal_id: number | null };
  'deal.created': { deal_id: number; owner_id: number; stage: string };
  'deal.updated': { deal_id: number; owner_id: number; changed: string[] };
  'deal.deleted': { deal_id: number; owner_id: number };
  'deal.won': { deal_id: number; owner_id: number; project_id: number | null };
  'deal.lost': { deal_id: number; owner_id: number; reason: string };
  'contact.created': { contact_id: number; client_id: number };
  'contact.updated': { contact_id: number; client_id: number; changed: string[] };
  'contact.deleted': { contact_id: number; client_id: number };
}

export type DomainEventName = keyof DomainEventMap;

export interface DomainEvent<Name extends DomainEventName = DomainEventName> {
  readonly name: Name;
  readonly data: DomainEventMap[Name];
  /** Who caused it (null: the system) and how. */
  readonly actor: { readonly user_id: number | null; readonly via: Actor['via'] };
  readonly occurred_at: string;
}

export type Phase = 'in_transaction' | 'after_commit';
type Handler<Name extends DomainEventName> = (event: DomainEvent<Name>, tx: Tx) => void | Promise<void>;
interface Subscription {
  readonly name: DomainEventName | '*';
  readonly phase: Phase;
  readonly handler: Handler<DomainEventName>;
}

const subscriptions = new Set<Subscription>();

/**
 * Subscribes `handler` to `name` (or every event with `'*'`); returns the function that
 * unsubscribes it. `tx` is the change's transaction (`in_transaction`) or the database (`after_commit`).
 */
export function onDomainEvent<Name extends DomainEventName>(
  name: Name | '*',
  handler: Handler<Name>,
  phase: Phase = 'after_commit',
): () => void {
  const subscription: Subscription = { name, phase, handler: handler as Handler<DomainEventName> };
  subscriptions.add(subscription);
  return () => subscriptions.delete(subscription);
}

/** Emits an event from a service, inside the transaction of the change it reports. */
export async function emitDomainEvent<Name extends DomainEventName>(
  tx: Tx,
  actor: Actor,
  name: Name,
  data: DomainEventMap[Name],
): Promise<void> {
  const event: DomainEvent<Name> = { name, data, actor: { user_id: actor.userId, via: actor.via }, occurred_at: new Date().toISOString() };
  const matching = [...subscriptions].filter((s) => s.name === '*' || s.name === name);
  for (const s of matching) if (s.phase === 'in_transaction') await s.handler(event, tx);
  const later = matching.filter((s) => s.phase === 'after_commit');
  if (later.length === 0) return;
  afterCommit(tx, (db) => {
    for (const s of later) {
      void Promise.resolve()
        .then(() => s.handler(event, db as Tx))
        .catch(() => undefined);
    }
  });
}
