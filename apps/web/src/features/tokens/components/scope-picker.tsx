import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { toggleScope, type Refusals } from '../lib/scope-selection';
import { AdminScopeList } from './admin-scope-list';
import { ScopePresets } from './scope-presets';
import { ScopeResourceList } from './scope-resource-list';

interface ScopePickerProps {
  isAdmin: boolean;
  refusals: Refusals;
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  error?: string | undefined;
}

/** Presets, read/write per resource, and (for administrators) the wildcard scopes. */
export function ScopePicker({ isAdmin, refusals, selected, onChange, error }: ScopePickerProps) {
  const errorId = useId();
  const [leftOut, setLeftOut] = useState<{ preset: string; scopes: string[] } | null>(null);
  const toggle = (scope: string) => {
    setLeftOut(null);
    onChange(toggleScope(selected, scope));
  };
  return (
    <fieldset className="space-y-3" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-fg-secondary">Scopes</legend>
      <p className="text-xs text-fg-subtle">A token never does more than you can do yourself. Write includes read.</p>
      <ScopePresets
        isAdmin={isAdmin}
        selected={selected}
        refusals={refusals}
        onApply={(next, scopes, preset) => {
          setLeftOut(scopes.length > 0 ? { preset, scopes } : null);
          onChange(next);
        }}
      />
      {leftOut ? (
        <Alert tone="info">
          Left out of “{leftOut.preset}”: {leftOut.scopes.join(', ')} — your permissions do not back{' '}
          {leftOut.scopes.length === 1 ? 'it' : 'them'}.
        </Alert>
      ) : null}
      <ScopeResourceList selected={selected} refusals={refusals} onToggle={toggle} />
      {isAdmin ? <AdminScopeList selected={selected} onToggle={toggle} /> : null}
      {error ? (
        <p id={errorId} className="text-sm text-danger-fg">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
