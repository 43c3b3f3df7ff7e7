import type { LucideIcon } from 'lucide-react';

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
