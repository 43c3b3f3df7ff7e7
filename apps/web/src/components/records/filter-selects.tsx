import { ProjectPicker } from './project-task-picker';

interface IdFilterProps {
  /** Width classes. */
  className: string;
  value: number | undefined;
  /** undefined when the placeholder ("All projects", "Everyone") is chosen. */
  onChange: (id: number | undefined) => void;
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

export { PersonFilter } from './person-filter';
