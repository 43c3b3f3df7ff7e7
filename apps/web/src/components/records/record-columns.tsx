import { Badge } from '@/components/ui/badge';
import type { Column } from '@/components/ui/data-table';

/** The Project column of a record table, by name (none on a project's own page: `hide`). */
export function projectColumn<T extends { project_id: number }>(
  projects: { byId: ReadonlyMap<number, { name: string }> },
  hide: boolean | undefined,
): Column<T>[] {
  if (hide) return [];
  return [
    { key: 'project', header: 'Project', card: 'title', cell: (r) => projects.byId.get(r.project_id)?.name ?? `Project ${r.project_id}` },
  ];
}

/** A column of free text (notes, a description), clamped to two lines; the whole text shows on hover; a paragraph on a card. */
export function clampedTextColumn<T>(key: string, header: string, textOf: (row: T) => string): Column<T> {
  return {
    key,
    header,
    card: 'text',
    cardCell: (r) => (textOf(r) ? <span className="line-clamp-3 break-words">{textOf(r)}</span> : null),
    cell: (r) => (
      <span className="line-clamp-2 max-w-xs break-words" title={textOf(r)}>
        {textOf(r)}
      </span>
    ),
  };
}

/** Billable or not; on a card only a billable row says so. */
export function billableColumn<T extends { billable: boolean }>(): Column<T> {
  const badge = <Badge tone="indigo">Billable</Badge>;
  return {
    key: 'billable',
    header: 'Billable',
    card: 'status',
    cardCell: (r) => (r.billable ? badge : null),
    cell: (r) => (r.billable ? badge : <span className="text-fg-subtle">No</span>),
  };
}
