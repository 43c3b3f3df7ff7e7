import { X } from 'lucide-react';
import { SearchFilters } from '@/components/ui/search-filters';

export interface TokenFilterValues {
  q: string;
  status: string;
  /** The owner filter, set from the table; shown as a removable chip. */
  owner: { id: number; label: string } | null;
}

const STATUS_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'expired', label: 'Expired' },
  { value: 'revoked', label: 'Revoked' },
];

export function AdminTokenFilters({ value, onChange }: { value: TokenFilterValues; onChange: (next: TokenFilterValues) => void }) {
  return (
    <SearchFilters
      label="Filter tokens"
      searchLabel="Search token name or owner email"
      value={value}
      onChange={onChange}
      columnsClassName="sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]"
      footer={(apply) =>
        value.owner ? (
          <p className="flex items-center gap-2 text-sm text-fg-secondary">
            Owner: <strong className="font-medium">{value.owner.label}</strong>
            <button
              type="button"
              className="inline-flex items-center rounded-md px-1.5 py-0.5 text-xs ring-1 ring-line-strong hover:bg-surface-strong focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
              onClick={() => apply({ owner: null })}
            >
              <X aria-hidden="true" className="mr-0.5 size-3" /> Any owner
            </button>
          </p>
        ) : null
      }
      selects={[{ field: 'status', label: 'Status', placeholder: 'Any status', options: STATUS_OPTIONS }]}
    />
  );
}
