import { Pencil, Trash2, type LucideIcon } from 'lucide-react';

const small =
  'inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset focus:outline-none focus-visible:ring-2 focus-visible:ring-focus';

const TONES = {
  neutral: 'text-fg-secondary ring-line-strong hover:bg-surface-strong',
  accent: 'text-accent-fg ring-line-strong hover:bg-accent-soft',
  danger: 'text-danger-fg ring-danger-line hover:bg-danger-soft',
};

/** A small button of a row's actions (Edit, Delete, Convert…), named for the record it acts on. */
export function RowAction({
  icon: Icon,
  label,
  name,
  tone = 'neutral',
  onClick,
}: {
  icon: LucideIcon;
  label: string;
  /** The accessible name: "Edit Ada Lovelace". */
  name: string;
  tone?: keyof typeof TONES;
  onClick: () => void;
}) {
  return (
    <button type="button" className={`${small} ${TONES[tone]}`} onClick={onClick} aria-label={name}>
      <Icon aria-hidden="true" className="size-3.5" /> {label}
    </button>
  );
}

const BUTTONS = [
  { prop: 'onEdit', label: 'Edit', icon: Pencil, tone: 'neutral' },
  { prop: 'onDelete', label: 'Delete', icon: Trash2, tone: 'danger' },
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
  return BUTTONS.map(({ prop, label, icon, tone }) => {
    const onClick = handlers[prop];
    return onClick ? <RowAction key={prop} icon={icon} label={label} name={`${label} ${what}`} tone={tone} onClick={onClick} /> : null;
  });
}
