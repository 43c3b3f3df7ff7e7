import { SearchSelect, usePickedOption } from '@/components/ui/search-select';
import { useAccess } from '@/lib/access';
import { directorySource } from '@/lib/records/people-options';

interface OwnerPickerProps {
  /** `edit_all_leads` or `edit_all_deals`: only then may a record go to someone else. */
  editAll: 'edit_all_leads' | 'edit_all_deals';
  /** The owner's id ('' = the caller, on a new record). */
  value: string;
  onChange: (ownerId: string) => void;
  /** The current owner, to name the closed picker. */
  current?: { id: number; name: string } | undefined;
  error?: string | undefined;
}

/**
 * The owner of a lead or deal, searched in the user directory. Shown only to someone who may give
 * records to others (`edit_all_*`) and read the directory (view_users); everyone else owns what they add.
 */
export function OwnerPicker({ editAll, value, onChange, current, error }: OwnerPickerProps) {
  const access = useAccess();
  const [selected, setPicked] = usePickedOption(value, current && String(current.id) === value ? current.name : 'A user');
  if (!access.can(editAll) || !access.can('view_users')) return null;
  return (
    <SearchSelect
      label="Owner"
      value={selected}
      onChange={(o) => {
        setPicked(o);
        onChange(o?.value ?? '');
      }}
      queryKey={directorySource.key}
      search={async (q, signal) => (await directorySource.search(q, signal)).map((p) => ({ value: String(p.id), label: p.name }))}
      placeholder="Me"
      searchPlaceholder="Type a person's name"
      emptyText="No one matches."
      clearable
      hint="Who works on it; empty means you."
      error={error}
    />
  );
}
