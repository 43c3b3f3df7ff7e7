import { SCOPE_RESOURCE_NAMES, SCOPE_RESOURCES } from '@timekeeper/shared';
import { impliedBy, refusalText, type Refusals } from '../lib/scope-selection';
import { ScopeCheckbox } from './scope-checkbox';

interface ScopeResourceListProps {
  selected: ReadonlySet<string>;
  refusals: Refusals;
  onToggle: (scope: string) => void;
}

/** Read and write per resource. Write includes read, so a read box covered by a write shows checked and locked. */
export function ScopeResourceList({ selected, refusals, onToggle }: ScopeResourceListProps) {
  const box = (scope: string) => {
    const refusal = refusals.get(scope);
    const by = impliedBy(selected, scope);
    const note = refusal ? refusalText(refusal) : by ? `Included in ${by}.` : null;
    return (
      <ScopeCheckbox
        scope={scope}
        checked={selected.has(scope) || by !== null}
        disabled={refusal !== undefined || by !== null}
        note={note}
        onToggle={() => onToggle(scope)}
      />
    );
  };
  return (
    <ul className="divide-y divide-line-subtle rounded-md ring-1 ring-line">
      {SCOPE_RESOURCE_NAMES.map((resource) => (
        <li key={resource} className="space-y-1.5 px-3 py-2">
          <p className="text-sm">
            <span className="font-medium text-fg">{SCOPE_RESOURCES[resource].label}</span>
            <span className="text-xs text-fg-subtle"> — {SCOPE_RESOURCES[resource].description}</span>
          </p>
          <div className="grid grid-cols-2 gap-3">
            {box(`read:${resource}`)}
            {box(`write:${resource}`)}
          </div>
        </li>
      ))}
    </ul>
  );
}
