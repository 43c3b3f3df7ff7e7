import { PROJECT_FLAG_LABELS, PROJECT_LEVEL_LABELS, type ProjectLevel } from '@timekeeper/shared';
import { Checkbox } from '@/components/ui/checkbox';
import { SelectField } from '@/components/ui/select-field';
import { fieldError } from '@/lib/field-errors';
import { FLAG_ORDER, type MemberAccess } from '../lib/member-access';

interface MemberAccessFieldsProps {
  value: MemberAccess;
  onChange: (value: MemberAccess) => void;
  levels: readonly ProjectLevel[];
  /** Only project administrators grant additional access. */
  flagsEditable: boolean;
  error: unknown;
}

/** The project permission level (the UI names of docs/api/participations.md#levels) and the six additional access flags. */
export function MemberAccessFields({ value, onChange, levels, flagsEditable, error }: MemberAccessFieldsProps) {
  return (
    <>
      <SelectField
        label="Project permission"
        options={levels.map((l) => ({ value: l, label: PROJECT_LEVEL_LABELS[l] }))}
        value={value.level}
        onChange={(e) => onChange({ ...value, level: e.target.value as ProjectLevel })}
        error={fieldError(error, 'access_level')}
      />
      <p className="-mt-2 text-xs text-fg-subtle">Each level includes everything below it.</p>
      {flagsEditable ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-fg-secondary">Additional access</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {FLAG_ORDER.map((flag) => (
              <Checkbox
                key={flag}
                label={PROJECT_FLAG_LABELS[flag]}
                checked={value.flags[flag]}
                onChange={(e) => onChange({ ...value, flags: { ...value.flags, [flag]: e.target.checked } })}
              />
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="text-xs text-fg-subtle">Only project administrators can grant additional access.</p>
      )}
    </>
  );
}
