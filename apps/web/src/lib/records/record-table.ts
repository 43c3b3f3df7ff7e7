/** What the time entry and expense tables share: which columns they show and the row actions they offer. */
export interface RecordTableOptions<T> {
  /** Adds a Person column (when the list holds other people's records). */
  showUser?: boolean;
  /** Drops the Project column (e.g. on a project's own page). */
  hideProject?: boolean;
  onEdit?: (record: T) => void;
  onDelete?: (record: T) => void;
}

/** The part of `useListEditing` a table's row actions call. */
export interface RowEditing<T> {
  startEdit: (record: T) => void;
  askDelete: (record: T) => void;
}
