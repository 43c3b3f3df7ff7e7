import { SearchSelect, type SearchOption } from '@/components/ui/search-select';
import { searchClients, useClient } from '../api/get-client-options';
import { projectKeys } from '../api/project-keys';
import type { ClientOption } from '../api/types';

interface ClientPickerProps {
  /** The chosen client id, '' for none. */
  value: string;
  onChange: (clientId: string) => void;
  /** `active`: clients to give a project; `all`: archived ones too (to filter by). */
  status: 'active' | 'all';
  /** The closed picker's text while no client is chosen ("No client", "All clients"). */
  placeholder: string;
  className?: string;
  error?: string | undefined;
}

const option = (c: ClientOption): SearchOption => ({
  value: String(c.id),
  label: c.status === 'archived' ? `${c.name} (archived)` : c.name,
  description: c.email ?? undefined,
});

/** The client of a project, searched on the server by name or email; "Clear the choice" goes back to `placeholder`. */
export function ClientPicker({ value, onChange, status, placeholder, className, error }: ClientPickerProps) {
  const chosen = useClient(value ? Number(value) : undefined);
  const selected = value
    ? chosen.data
      ? option(chosen.data)
      : { value, label: chosen.isError ? 'A client you cannot see' : 'Loading…' }
    : null;
  return (
    <SearchSelect
      label="Client"
      className={className}
      value={selected}
      onChange={(o) => onChange(o?.value ?? '')}
      queryKey={projectKeys.clientSearch(status)}
      search={async (q, signal) => (await searchClients(q, status, signal)).map(option)}
      placeholder={placeholder}
      searchPlaceholder="Type a client's name"
      emptyText="No client matches."
      clearable
      error={error}
    />
  );
}
