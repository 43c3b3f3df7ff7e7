import type { ComponentProps } from 'react';
import { SelectField } from '@/components/ui/select-field';

type IdSelectProps = Omit<ComponentProps<typeof SelectField>, 'value' | 'onChange'> & {
  value: number | undefined;
  /** undefined when the placeholder ("All projects", "Everyone") is chosen. */
  onChange: (id: number | undefined) => void;
};

/** A select of records by numeric id (a project, a person), empty meaning "any". */
export function IdSelect({ value, onChange, ...props }: IdSelectProps) {
  return (
    <SelectField
      {...props}
      value={value === undefined ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
    />
  );
}
