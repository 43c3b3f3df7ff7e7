import { PERMISSIONS, permissionLabel, permissionsByCategory, type Permission } from '@timekeeper/shared';
import { Check, Minus } from 'lucide-react';
import { impliedOnly } from '../lib/permission-sets';

interface PermissionChecklistProps {
  /** Permissions held (a role's stored list, or a user's effective permissions). */
  held: Iterable<string>;
  /** Mark permissions granted only through `implies` (for a role's stored list). */
  markImplied?: boolean;
}

/**
 * Every catalog permission, grouped by category: ✓ for held, a lighter ✓ for implied, and a
 * muted mark for missing — so a reader sees at once what a role or user cannot do.
 */
export function PermissionChecklist({ held, markImplied = false }: PermissionChecklistProps) {
  const own = new Set(held);
  const implied = markImplied ? impliedOnly(own) : new Set<Permission>();
  return (
    // Container queries: the same list sits in a wide page row and in a narrow side panel.
    <div className="@container">
      <div className="grid gap-3 @xl:grid-cols-2 @4xl:grid-cols-3">
        {permissionsByCategory().map((category) => {
          const count = category.permissions.filter((p) => own.has(p) || implied.has(p)).length;
          return (
            <section key={category.name} aria-label={category.label} className="rounded-md border border-line bg-surface p-3">
              <h4 className="flex items-baseline justify-between gap-2 text-sm font-semibold text-fg">
                {category.label}
                <span className="text-xs font-normal text-fg-subtle">
                  {count} of {category.permissions.length}
                </span>
              </h4>
              <ul className="mt-2 space-y-1">
                {category.permissions.map((p) => (
                  <PermissionLine key={p} permission={p} state={own.has(p) ? 'held' : implied.has(p) ? 'implied' : 'missing'} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}

const STATE_TEXT = { held: 'granted', implied: 'granted through another permission', missing: 'not granted' } as const;

function PermissionLine({ permission, state }: { permission: Permission; state: keyof typeof STATE_TEXT }) {
  return (
    <li className="flex items-start gap-2 text-xs" title={PERMISSIONS[permission].description}>
      {state === 'missing' ? (
        <Minus aria-hidden="true" className="mt-px size-3.5 shrink-0 text-fg-faint" />
      ) : (
        <Check aria-hidden="true" className={`mt-px size-3.5 shrink-0 ${state === 'held' ? 'text-success-fg' : 'text-success-fg/50'}`} />
      )}
      <span className={state === 'missing' ? 'text-fg-subtle' : 'text-fg'}>
        {permissionLabel(permission)}
        {state === 'implied' ? <span className="ml-1 text-fg-subtle">(implied)</span> : null}
        {/* The catalog name, for administrators who script roles or read the API. */}
        <span className="ml-1 break-all font-mono text-fg-subtle">{permission}</span>
      </span>
      <span className="sr-only">: {STATE_TEXT[state]}</span>
    </li>
  );
}
