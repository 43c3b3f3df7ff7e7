import { useId } from 'react';

interface ScopeCheckboxProps {
  scope: string;
  checked: boolean;
  disabled?: boolean;
  /** Why it is disabled or implied; read out with the checkbox. */
  note?: string | null;
  onToggle: () => void;
}

/** One scope: its name is the label, so it matches what the API and its errors say. */
export function ScopeCheckbox({ scope, checked, disabled = false, note, onToggle }: ScopeCheckboxProps) {
  const id = useId();
  const noteId = `${id}-note`;
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 h-4 w-4 shrink-0 rounded border-line-strong text-accent-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:opacity-60"
        checked={checked}
        disabled={disabled}
        aria-describedby={note ? noteId : undefined}
        onChange={onToggle}
      />
      <div className="min-w-0">
        <label htmlFor={id} className={`font-mono text-xs [overflow-wrap:anywhere] ${disabled && !checked ? 'text-fg-faint' : 'text-fg'}`}>
          {scope}
        </label>
        {note ? (
          <p id={noteId} className="text-xs text-fg-subtle">
            {note}
          </p>
        ) : null}
      </div>
    </div>
  );
}
