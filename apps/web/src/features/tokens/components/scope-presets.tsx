import { applyPreset, presetMatches, visiblePresets, type Refusals } from '../lib/scope-selection';

interface ScopePresetsProps {
  isAdmin: boolean;
  selected: ReadonlySet<string>;
  refusals: Refusals;
  onApply: (selected: Set<string>, leftOut: string[], presetName: string) => void;
}

/** The ready-made combinations of docs/api/scopes.md#scope-combinations, one click each (the admin one for administrators only). */
export function ScopePresets({ isAdmin, selected, refusals, onApply }: ScopePresetsProps) {
  return (
    <div role="group" aria-label="Scope presets" className="flex flex-wrap gap-2">
      {visiblePresets(isAdmin).map((preset) => {
        const active = presetMatches(preset, selected);
        return (
          <button
            key={preset.id}
            type="button"
            aria-pressed={active}
            title={`${preset.scopes.join(', ')} — ${preset.use_for}`}
            className={`rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus ${
              active ? 'bg-accent text-white ring-focus' : 'bg-surface text-fg-secondary ring-line-strong hover:bg-surface-muted'
            }`}
            onClick={() => {
              const { selected: next, leftOut } = applyPreset(preset, refusals);
              onApply(next, leftOut, preset.name);
            }}
          >
            {preset.name}
          </button>
        );
      })}
    </div>
  );
}
