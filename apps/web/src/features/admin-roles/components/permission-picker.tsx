import { PERMISSIONS, permissionsByCategory } from '@timekeeper/shared';
import { memo } from 'react';
import { Checkbox, CheckboxInput } from '@/components/ui/checkbox';
import { canGrant, selectionState, toggleCategory } from '../lib/permission-sets';

interface PermissionPickerProps {
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  /** The caller's own permissions: only those (with what they imply) can be added. */
  held: ReadonlySet<string>;
  readOnly?: boolean;
}

/**
 * Permissions picked by category, each category with a "select all" box.
 * Memoised: ~70 checkboxes need not re-render while someone types the role's name.
 */
export const PermissionPicker = memo(function PermissionPicker({ selected, onChange, held, readOnly = false }: PermissionPickerProps) {
  const toggle = (p: string) => {
    const next = new Set(selected);
    if (next.has(p)) next.delete(p);
    else next.add(p);
    onChange(next);
  };
  return (
    <div className="space-y-3">
      {permissionsByCategory().map((category) => {
        const state = selectionState(category.permissions, selected);
        const count = category.permissions.filter((p) => selected.has(p)).length;
        const anyGrantable = category.permissions.some((p) => canGrant(p, held));
        return (
          <fieldset key={category.name} className="rounded-md border border-line p-3">
            <legend className="px-1">
              <label className="flex items-center gap-2 text-sm font-semibold text-fg">
                <CheckboxInput
                  checked={state === 'all'}
                  ref={(el) => {
                    if (el) el.indeterminate = state === 'some';
                  }}
                  disabled={readOnly || !anyGrantable}
                  onChange={() => onChange(toggleCategory(category.permissions, selected, held))}
                  aria-label={`All of ${category.label}`}
                />
                <span aria-hidden="true">{category.label}</span>
                <span className="text-xs font-normal text-fg-subtle">
                  {count} of {category.permissions.length}
                </span>
              </label>
            </legend>
            <div className="mt-1 grid gap-2 sm:grid-cols-2">
              {category.permissions.map((p) => {
                const lacking = !canGrant(p, held);
                return (
                  <Checkbox
                    key={p}
                    label={p}
                    description={
                      lacking && !selected.has(p) ? `${PERMISSIONS[p].description} — you do not hold it` : PERMISSIONS[p].description
                    }
                    checked={selected.has(p)}
                    disabled={readOnly || (lacking && !selected.has(p))}
                    onChange={() => toggle(p)}
                    // ui/Checkbox's input lacks shrink-0: a two-line description squeezes the box.
                    style={{ flexShrink: 0 }}
                  />
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
});
