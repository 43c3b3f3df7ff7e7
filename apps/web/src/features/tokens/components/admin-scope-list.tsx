import { SCOPES, type Scope } from '@timekeeper/shared';
import { ADMIN_SCOPES } from '../lib/scope-selection';
import { ScopeCheckbox } from './scope-checkbox';

interface AdminScopeListProps {
  selected: ReadonlySet<string>;
  onToggle: (scope: string) => void;
}

/** Wildcards and admin:all. The caller renders this for administrators only. */
export function AdminScopeList({ selected, onToggle }: AdminScopeListProps) {
  return (
    <fieldset className="rounded-md border border-warning-line bg-warning-soft p-3">
      <legend className="px-1 text-sm font-medium text-warning-fg-strong">Wildcard and administrative scopes</legend>
      <p className="mb-2 text-xs text-warning-fg-strong">
        These grant access to every resource (admin:all and * include user and role administration). Use with extreme caution.
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {ADMIN_SCOPES.map((scope) => (
          <ScopeCheckbox
            key={scope}
            scope={scope}
            checked={selected.has(scope)}
            note={SCOPES[scope as Scope].description}
            onToggle={() => onToggle(scope)}
          />
        ))}
      </div>
    </fieldset>
  );
}
