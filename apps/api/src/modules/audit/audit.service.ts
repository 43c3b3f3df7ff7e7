/**
 * The audit trail: written in the same transaction as the change it records.
 */
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import { auditLogs, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { countColumn, countOf, paginate, type Page } from '../../lib/pagination.js';
import type { FilterOf } from '../../lib/schemas.js';
import type { AuditEntry, AuditQuery } from './audit.schemas.js';

export interface AuditEvent {
  action: string;
  targetType: string;
  targetId: string | number | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(tx: Tx, actor: Actor, event: AuditEvent): Promise<void> {
  await tx.insert(auditLogs).values({
    actorUserId: actor.userId,
    actorEmail: actor.email,
    via: actor.via,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId === null ? null : String(event.targetId),
    before: event.before ?? null,
    after: event.after ?? null,
    ip: actor.ip,
    requestId: actor.requestId,
  });
}

/** A row as the audit log keeps it: its timestamps as ISO strings. */
export function auditRow<R extends { createdAt: Date; updatedAt: Date }>(row: R) {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** Records a change of one target (`<action>`, e.g. task.update) with its state before and after. */
export function recordChange(tx: Tx, actor: Actor, action: string, target: { type: string; id: number }, before: unknown, after: unknown) {
  return recordAudit(tx, actor, { action, targetType: target.type, targetId: target.id, before, after });
}

export function serializeAudit({
  row,
  actorName,
}: {
  row: typeof auditLogs.$inferSelect;
  actorName: string | null;
}): Static<typeof AuditEntry> {
  return {
    id: row.id,
    created_at: row.createdAt.toISOString(),
    actor_user_id: row.actorUserId,
    actor_email: row.actorEmail,
    actor_name: actorName,
    via: row.via,
    action: row.action,
    target_type: row.targetType,
    target_id: row.targetId,
    before: row.before ?? null,
    after: row.after ?? null,
    ip: row.ip,
    request_id: row.requestId,
  };
}

export async function listAudit(db: Tx, filter: FilterOf<typeof AuditQuery>, page: Page) {
  const where: SQL[] = [];
  if (filter.actor_user_id !== undefined) where.push(eq(auditLogs.actorUserId, filter.actor_user_id));
  if (filter.action)
    where.push(
      filter.action.endsWith('.*')
        ? sql`${auditLogs.action} LIKE ${`${filter.action.slice(0, -1)}%`}`
        : eq(auditLogs.action, filter.action),
    );
  if (filter.target_type) where.push(eq(auditLogs.targetType, filter.target_type));
  if (filter.target_id) where.push(eq(auditLogs.targetId, filter.target_id));
  if (filter.from) where.push(gte(auditLogs.createdAt, new Date(filter.from)));
  if (filter.to) where.push(lte(auditLogs.createdAt, new Date(filter.to)));
  const condition = where.length > 0 ? and(...where) : undefined;
  return paginate(
    page,
    async () => countOf(db.select(countColumn).from(auditLogs).where(condition)),
    (limit, offset) =>
      db
        .select({ row: auditLogs, actorName: users.name })
        .from(auditLogs)
        .leftJoin(users, eq(users.id, auditLogs.actorUserId))
        .where(condition)
        .orderBy(desc(auditLogs.id))
        .limit(limit)
        .offset(offset),
  );
}
