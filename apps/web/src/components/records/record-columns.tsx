import type { Column } from '@/components/ui/data-table';

/** The Project column of a record table, by name (none on a project's own page: `hide`). */
export function projectColumn<T extends { project_id: number }>(
  projects: { byId: ReadonlyMap<number, { name: string }> },
  hide: boolean | undefined,
): Column<T>[] {
  if (hide) return [];
  return [{ key: 'project', header: 'Project', cell: (r) => projects.byId.get(r.project_id)?.name ?? `Project ${r.project_id}` }];
}

/** A column of free text (notes, a description), clamped to two lines; the whole text shows on hover. */
export function clampedTextColumn<T>(key: string, header: string, textOf: (row: T) => string): Column<T> {
  return {
    key,
    header,
    cell: (r) => (
      <span className="line-clamp-2 max-w-xs break-words" title={textOf(r)}>
        {textOf(r)}
      </span>
    ),
  };
}
