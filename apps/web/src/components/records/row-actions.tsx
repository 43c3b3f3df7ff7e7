import { Pencil, Trash2 } from 'lucide-react';

const small =
  'inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset focus:outline-none focus-visible:ring-2 focus-visible:ring-focus';

const BUTTONS = [
  { prop: 'onEdit', label: 'Edit', Icon: Pencil, tone: 'text-fg-secondary ring-line-strong hover:bg-surface-strong' },
  { prop: 'onDelete', label: 'Delete', Icon: Trash2, tone: 'text-danger-fg ring-danger-line hover:bg-danger-soft' },
] as const;

interface RowActionsProps {
  /** Names the row for screen readers: "Edit time entry of Mon, 3 Mar". */
  what: string;
  /** Omitted: no Edit button. */
  onEdit?: (() => void) | undefined;
  /** Omitted: no Delete button. */
  onDelete?: (() => void) | undefined;
}

/** The small Edit and Delete buttons of a list row or a card; the caller decides which are allowed. */
export function RowActions({ what, ...handlers }: RowActionsProps) {
  return BUTTONS.map(({ prop, label, Icon, tone }) => {
    const onClick = handlers[prop];
    return onClick ? (
      <button key={prop} type="button" className={`${small} ${tone}`} onClick={onClick} aria-label={`${label} ${what}`}>
        <Icon aria-hidden="true" className="size-3.5" /> {label}
      </button>
    ) : null;
  });
}
