import { SearchSelect } from '@/components/ui/search-select';
import { participationKeys } from '../api/participation-keys';
import { searchPersonOptions, type PersonOption } from '../api/search-people';

interface UserPickerProps {
  value: PersonOption | null;
  onChange: (person: PersonOption | null) => void;
  /** People already on the project: shown, but not selectable. */
  memberIds?: ReadonlySet<number>;
  error?: string | undefined;
}

/**
 * The person to add, found by name or email in the people directory (two characters at least):
 * open to project administrators and inviters, who may not list users.
 */
export function UserPicker({ value, onChange, memberIds, error }: UserPickerProps) {
  return (
    <SearchSelect
      label="Person"
      value={value}
      onChange={onChange}
      queryKey={participationKeys.people}
      search={searchPersonOptions}
      minChars={2}
      placeholder="Choose a person"
      searchPlaceholder="Type a name or an email"
      emptyText="Nobody matches. Check the spelling, or ask an administrator to create the account."
      unavailable={(p) => (memberIds?.has(p.id) ? 'already a member' : undefined)}
      error={error}
    />
  );
}
