import { ChevronRight } from 'lucide-react';

interface ExpandButtonProps {
  expanded: boolean;
  /** The id of the panel the button shows and hides. */
  controls: string;
  label: string;
  onToggle: () => void;
  size?: 'sm' | 'md';
  className?: string;
}

/** A chevron that opens and closes a details panel (a table row's changes, a role's permissions). */
export function ExpandButton({ expanded, controls, label, onToggle, size = 'sm', className = '' }: ExpandButtonProps) {
  return (
    <button
      type="button"
      className={`${className} rounded p-0.5 text-fg-subtle hover:bg-surface-strong focus:outline-none focus-visible:ring-2 focus-visible:ring-focus`.trim()}
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={label}
      onClick={onToggle}
    >
      <ChevronRight
        aria-hidden="true"
        className={`${size === 'md' ? 'size-5' : 'size-4'} motion-safe:transition-transform ${expanded ? 'rotate-90' : ''}`}
      />
    </button>
  );
}
