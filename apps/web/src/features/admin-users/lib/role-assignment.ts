/**
 * The role assignment form's model: which roles are ticked, and each one's optional expiry as
 * the value of a `datetime-local` input (local time, minutes). Turning that back into the
 * `PUT /users/{id}/roles` body is where the care goes:
 * - an empty expiry means permanent (`expires_at: null`);
 * - an expiry the admin did not touch is sent back exactly as stored (the input drops seconds,
 *   and a changed timestamp counts as "re-timing" the role for the API's escalation guard);
 * - an expiry must be in the future (the API refuses others), including an assignment that has
 *   already expired: renew it, make it permanent or untick it.
 */
import type { RoleRef } from '@/lib/access';
import { browserDates, type Dates } from '@/lib/dates';
import type { RoleAssignment } from '../api/types';

/** The API also takes a role's name; this form always sends its id. */
export type RoleIdAssignment = RoleAssignment & { role: number };

export interface DraftEntry {
  checked: boolean;
  /** A `datetime-local` value (`YYYY-MM-DDTHH:mm`), or '' for permanent. */
  expires: string;
}

export type Draft = Record<number, DraftEntry>;

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → the reader's local `YYYY-MM-DDTHH:mm`. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Local `YYYY-MM-DDTHH:mm` → ISO instant, or null when it is not a valid date-time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const d = new Date(value); // no zone designator: local time (ECMAScript)
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function draftFrom(current: readonly RoleRef[]): Draft {
  const draft: Draft = {};
  for (const r of current) draft[r.id] = { checked: true, expires: toLocalInput(r.expires_at) };
  return draft;
}

export interface BuildResult {
  assignments: RoleIdAssignment[];
  /** Problems by role id; nothing may be sent while there are any. */
  errors: Record<number, string>;
}

export function buildAssignments(
  draft: Draft,
  current: readonly RoleRef[],
  now = new Date(),
  { formatDateTime }: Pick<Dates, 'formatDateTime'> = browserDates(),
): BuildResult {
  const assignments: RoleIdAssignment[] = [];
  const errors: Record<number, string> = {};
  for (const [key, entry] of Object.entries(draft)) {
    if (!entry.checked) continue;
    const roleId = Number(key);
    if (entry.expires === '') {
      assignments.push({ role: roleId, expires_at: null });
      continue;
    }
    const stored = current.find((r) => r.id === roleId)?.expires_at ?? null;
    const untouched = stored !== null && entry.expires === toLocalInput(stored);
    const iso = untouched ? stored : fromLocalInput(entry.expires);
    if (iso === null) {
      errors[roleId] = 'Enter a valid date and time, or leave it empty for a permanent assignment';
    } else if (new Date(iso).getTime() <= now.getTime()) {
      errors[roleId] = untouched
        ? `This assignment expired on ${formatDateTime(iso)}: choose a new date, clear it for permanent, or untick the role`
        : 'The expiry must be in the future';
    } else {
      assignments.push({ role: roleId, expires_at: iso });
    }
  }
  return { assignments, errors };
}

/** Whether `assignments` differ from what the user holds (roles or expiries). */
export function assignmentsChanged(assignments: readonly RoleIdAssignment[], current: readonly RoleRef[]): boolean {
  if (assignments.length !== current.length) return true;
  return assignments.some((a) => {
    const had = current.find((r) => r.id === a.role);
    return !had || (had.expires_at ?? null) !== (a.expires_at ?? null);
  });
}
