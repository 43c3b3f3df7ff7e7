import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { GripVertical, Pencil, ThumbsDown, ThumbsUp, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { formatMoney } from '@/lib/money';
import type { Deal } from '../api/types';
import { stageLabel } from '../lib/board';

export interface DealActions {
  /** Whether the caller may change this deal (own: edit_own_deals; someone else's: edit_all_deals). */
  canEdit: (deal: Deal) => boolean;
  canDelete: boolean;
  onMove: (deal: Deal, stage: string) => void;
  onEdit: (deal: Deal) => void;
  onWin: (deal: Deal) => void;
  onLose: (deal: Deal) => void;
  onDelete: (deal: Deal) => void;
}

const iconButton =
  'inline-flex size-7 items-center justify-center rounded-md text-fg-muted hover:bg-surface-strong hover:text-fg focus:outline-none focus-visible:ring-2 focus-visible:ring-focus';

/**
 * A deal on the board: name, client, value, owner. Dragged by its handle (mouse, touch, or the
 * keyboard: Space, arrows, Space); the Stage select moves it without dragging.
 */
export function DealCard({ deal, stages, actions }: { deal: Deal; stages: readonly string[]; actions: DealActions }) {
  const editable = actions.canEdit(deal);
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: deal.id,
    data: { deal },
    disabled: !editable,
  });
  const stageId = useId();
  const options = stages.includes(deal.stage) ? stages : [...stages, deal.stage];
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform) }}
      className={`rounded-md bg-surface p-3 shadow-sm ring-1 ring-line ${isDragging ? 'relative z-10 opacity-80 shadow-lg ring-accent' : ''}`}
      data-deal-id={deal.id}
    >
      <div className="flex items-start gap-1">
        {editable ? (
          <button
            type="button"
            className={`${iconButton} -ml-1 cursor-grab touch-none active:cursor-grabbing`}
            aria-label={`Move ${deal.name}`}
            {...attributes}
            {...listeners}
          >
            <GripVertical aria-hidden="true" className="size-4" />
          </button>
        ) : null}
        <div className="min-w-0 flex-1">
          <p className="line-clamp-2 font-medium break-words text-fg" title={deal.name}>
            {deal.name}
          </p>
          <p className="truncate text-xs text-fg-muted">{deal.client?.name ?? 'No client'}</p>
        </div>
      </div>
      <div className="mt-2 flex items-baseline justify-between gap-2">
        <p className="text-sm font-semibold text-fg tabular-nums">
          {deal.value_amount === null ? (
            <span className="font-normal text-fg-subtle">No value</span>
          ) : (
            formatMoney(deal.value_amount, deal.currency)
          )}
        </p>
        <p className="truncate text-xs text-fg-subtle">
          {deal.owner.name}
          {deal.probability !== null ? ` · ${deal.probability}%` : ''}
        </p>
      </div>
      {editable ? (
        <div className="mt-2 flex items-center gap-1">
          <label htmlFor={stageId} className="sr-only">
            Stage of {deal.name}
          </label>
          <select
            id={stageId}
            value={deal.stage}
            onChange={(e) => actions.onMove(deal, e.target.value)}
            className="min-w-0 flex-1 rounded-md border border-line-strong bg-surface px-1.5 py-1 text-xs text-fg focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
          >
            {options.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
          <button type="button" className={iconButton} aria-label={`Edit ${deal.name}`} title="Edit" onClick={() => actions.onEdit(deal)}>
            <Pencil aria-hidden="true" className="size-3.5" />
          </button>
          <button type="button" className={iconButton} aria-label={`Win ${deal.name}`} title="Won" onClick={() => actions.onWin(deal)}>
            <ThumbsUp aria-hidden="true" className="size-3.5" />
          </button>
          <button type="button" className={iconButton} aria-label={`Lose ${deal.name}`} title="Lost" onClick={() => actions.onLose(deal)}>
            <ThumbsDown aria-hidden="true" className="size-3.5" />
          </button>
          {actions.canDelete ? (
            <button
              type="button"
              className={iconButton}
              aria-label={`Delete ${deal.name}`}
              title="Delete"
              onClick={() => actions.onDelete(deal)}
            >
              <Trash2 aria-hidden="true" className="size-3.5" />
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
