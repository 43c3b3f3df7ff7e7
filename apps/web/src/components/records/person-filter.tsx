import { useQuery } from '@tanstack/react-query';
import { SearchSelect, type SearchOption } from '@/components/ui/search-select';
import type { PeopleSource } from '@/lib/records/people-options';

interface PersonFilterProps {
  className: string;
  value: number | undefined;
  /** undefined when the placeholder ("Everyone") is chosen. */
  onChange: (id: number | undefined) => void;
  /** Where others are searched; null: only "Me" is offered. */
  source: PeopleSource | null;
  me: number | undefined;
  placeholder: string;
}

const option = (id: number, label: string): SearchOption => ({ value: String(id), label });

/** "Person": "Me" first, then the others found on the server as one types; cleared, it is `placeholder`. */
export function PersonFilter({ className, value, onChange, source, me, placeholder }: PersonFilterProps) {
  const other = value !== undefined && value !== me ? value : undefined;
  const name = useQuery({
    queryKey: [...(source?.key ?? ['people']), 'name', other],
    queryFn: ({ signal }) => source!.nameOf(other!, signal),
    enabled: source !== null && other !== undefined,
    staleTime: 5 * 60_000,
  });
  const selected =
    value === undefined
      ? null
      : value === me
        ? option(value, 'Me')
        : option(value, name.data ?? (name.isPending ? 'Loading…' : 'Someone else'));
  return (
    <SearchSelect
      label="Person"
      className={className}
      value={selected}
      onChange={(o) => onChange(o ? Number(o.value) : undefined)}
      queryKey={source?.key ?? ['people', 'me-only']}
      search={async (q, signal) =>
        source ? (await source.search(q, signal)).filter((p) => p.id !== me).map((p) => option(p.id, p.name)) : []
      }
      groups={me === undefined ? [] : [{ heading: 'You', options: [option(me, 'Me')] }]}
      placeholder={placeholder}
      searchPlaceholder={source ? 'Type a name' : undefined}
      emptyText="Nobody else matches."
      clearable
    />
  );
}
