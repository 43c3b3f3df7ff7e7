import type { ComponentProps } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { personSelectOptions, type UserRef } from '@/lib/records/people-options';
import { ProjectPicker } from './project-task-picker';

interface IdFilterProps {
  /** Width classes. */
  className: string;
  value: number | undefined;
  /** undefined when the placeholder ("All projects", "Everyone") is chosen. */
  onChange: (id: number | undefined) => void;
}

/** A select of records by numeric id (a project, a person), empty meaning "any". */
function IdSelect({ value, onChange, ...props }: IdFilterProps & Omit<ComponentProps<typeof SelectField>, 'value' | 'onChange'>) {
  return (
    <SelectField
      {...props}
      value={value === undefined ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
    />
  );
}

/** "Project": any project the caller sees (archived ones marked), searched on the server; none chosen is "All projects". */
export function ProjectFilter({ className, value, onChange }: IdFilterProps) {
  return (
    <ProjectPicker
      className={className}
      value={value === undefined ? '' : String(value)}
      onChange={(id) => onChange(id === '' ? undefined : Number(id))}
      placeholder="All projects"
      clearable
    />
  );
}

/** "Person": "Me" first, then the others by name; empty is `placeholder`. */
export function PersonFilter({
  people,
  me,
  placeholder,
  ...props
}: IdFilterProps & { people: UserRef[]; me: number | undefined; placeholder: string }) {
  return <IdSelect {...props} label="Person" options={personSelectOptions(people, me)} placeholder={placeholder} />;
}
