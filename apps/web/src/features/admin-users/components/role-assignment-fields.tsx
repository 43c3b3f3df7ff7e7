import { useId } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import type { RoleRef } from '@/lib/access';
import { firstMissing, type Role, RoleBadge } from '@/features/admin-roles';
import { isPast } from '@/lib/dates';
import { useDates } from '@/lib/time-settings';
import { toLocalInput, type Draft } from '../lib/role-assignment';

interface RoleAssignmentFieldsProps {
  roles: Role[];
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** The caller's permissions: a role holding more cannot be granted, removed or re-timed. */
  held: ReadonlySet<string>;
  current?: readonly RoleRef[];
  errors?: Record<number, string>;
  disabled?: boolean;
}

/** One line per role: a tick, and when ticked an optional expiry (empty = permanent). */
export function RoleAssignmentFields({
  roles,
  draft,
  onChange,
  held,
  current = [],
  errors = {},
  disabled = false,
}: RoleAssignmentFieldsProps) {
  const { formatDateTime } = useDates();
  const baseId = useId();
  const now = new Date();
  const minValue = toLocalInput(now.toISOString());
  const set = (roleId: number, patch: Partial<Draft[number]>) => {
    const entry = draft[roleId] ?? { checked: false, expires: '' };
    onChange({ ...draft, [roleId]: { ...entry, ...patch } });
  };

  return (
    <ul className="divide-y divide-line-subtle rounded-md border border-line" aria-label="Roles">
      {roles.map((role) => {
        const entry = draft[role.id] ?? { checked: false, expires: '' };
        const had = current.find((r) => r.id === role.id);
        const missing = firstMissing(role.permissions, held);
        const locked = disabled || missing !== null;
        const inputId = `${baseId}-${role.id}`;
        const error = errors[role.id];
        return (
          <li key={role.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0">
              <div className="flex items-center gap-2">
                <Checkbox
                  label={role.name}
                  checked={entry.checked}
                  disabled={locked}
                  onChange={(e) => set(role.id, { checked: e.target.checked })}
                />
                <RoleBadge name={role.is_system_role ? 'system' : 'custom'} isSystem={role.is_system_role} />
              </div>
              {role.description ? <p className="ml-6 text-xs text-fg-subtle">{role.description}</p> : null}
              {missing ? (
                <p className="ml-6 text-xs text-warning-fg">
                  Includes {missing}, which you do not hold: you cannot grant, remove or re-time it.
                </p>
              ) : null}
              {had?.expires_at && isPast(had.expires_at) ? (
                <p className="ml-6 text-xs text-danger-fg">Expired on {formatDateTime(had.expires_at)}</p>
              ) : null}
            </div>
            {entry.checked ? (
              <div className="sm:w-56 sm:shrink-0">
                <label htmlFor={inputId} className="block text-xs font-medium text-fg-secondary">
                  Expires <span className="font-normal text-fg-subtle">(empty: permanent)</span>
                </label>
                <input
                  id={inputId}
                  type="datetime-local"
                  min={minValue}
                  value={entry.expires}
                  disabled={locked}
                  onChange={(e) => set(role.id, { expires: e.target.value })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  className="mt-1 block w-full rounded-md border-0 px-2 py-1.5 text-sm text-fg shadow-sm ring-1 ring-inset ring-line-strong focus:ring-2 focus:ring-inset focus:ring-focus aria-[invalid=true]:ring-danger"
                />
                {error ? (
                  <p id={`${inputId}-error`} className="mt-1 text-xs text-danger-fg">
                    {error}
                  </p>
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
