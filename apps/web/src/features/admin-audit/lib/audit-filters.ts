import type { AuditFilters } from '../api/types';

/** The filter form's values, as kept in the URL (`?action=role.*&actor=3&from=2025-03-01`). */
export interface AuditFilterValues {
  action: string;
  actor: string;
  target_type: string;
  target_id: string;
  /** `YYYY-MM-DD`, the reader's local days, both inclusive. */
  from: string;
  to: string;
}

export const AUDIT_FILTER_KEYS = [
  'action',
  'actor',
  'target_type',
  'target_id',
  'from',
  'to',
] as const satisfies readonly (keyof AuditFilterValues)[];

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = { action: '', actor: '', target_type: '', target_id: '', from: '', to: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local day → the instant it starts (`from`) or its last millisecond (`to`). */
function dayBound(day: string, end: boolean): string | undefined {
  if (!DAY.test(day)) return undefined;
  const d = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

export function toAuditQuery(values: AuditFilterValues): AuditFilters {
  const actor = Number(values.actor);
  return {
    action: values.action.trim() || undefined,
    actor_user_id: Number.isInteger(actor) && actor > 0 ? actor : undefined,
    target_type: values.target_type.trim() || undefined,
    target_id: values.target_type.trim() && values.target_id.trim() ? values.target_id.trim() : undefined,
    from: dayBound(values.from, false),
    to: dayBound(values.to, true),
  };
}
