import { SelectField } from '@/components/ui/select-field';

interface IdSelectProps {
  label: string;
  /** What is picked, for the placeholder: "Choose a user", "Loading users…". */
  noun: string;
  list: { isPending: boolean; isError: boolean; error: Error | null };
  options: { value: string; label: string }[];
  value: number | null;
  onChange: (id: number | null) => void;
}

/** The required pick of a searched list, by id, with the list's loading and error states. */
export function IdSelect({ label, noun, list, options, value, onChange }: IdSelectProps) {
  return (
    <SelectField
      label={label}
      required
      placeholder={list.isPending ? `Loading ${noun}s…` : `Choose a ${noun}`}
      options={options}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      error={list.isError ? list.error?.message : undefined}
    />
  );
}
