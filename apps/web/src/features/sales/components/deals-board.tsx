import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { formatMoney } from '@/lib/money';
import type { Deal } from '../api/types';
import { groupByStage, nextColumnCentre, stageLabel, type BoardColumn } from '../lib/board';
import { DealCard, type DealActions } from './deal-card';

/** Where the pointer is, else the column the dragged card overlaps most (the keyboard's moves). */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/** Left and right arrows carry the picked-up card to the neighbouring column (not 25 px at a time). */
const columnByColumn: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  const card = context.collisionRect;
  if (direction === 0 || !card) return undefined;
  event.preventDefault();
  const centres = context.droppableContainers.getEnabled().flatMap((c) => {
    const rect = context.droppableRects.get(c.id);
    return rect ? [rect.left + rect.width / 2] : [];
  });
  const from = card.left + card.width / 2;
  const to = nextColumnCentre(from, centres, direction);
  return to === null ? currentCoordinates : { x: currentCoordinates.x + (to - from), y: currentCoordinates.y };
};

const dealOf = (event: { active: { data: { current?: unknown } } }) => (event.active.data.current as { deal: Deal } | undefined)?.deal;

/** The pipeline: a column per stage (the deal_stages setting), open deals as cards dragged between them. */
export function DealsBoard({ stages, deals, actions }: { stages: readonly string[]; deals: Deal[]; actions: DealActions }) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnByColumn }),
  );
  const columns = groupByStage(stages, deals);

  const onDragEnd = (event: DragEndEvent) => {
    const deal = dealOf(event);
    const stage = event.over ? String(event.over.id) : null;
    if (deal && stage && stage !== deal.stage) actions.onMove(deal, stage);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${dealOf({ active })?.name ?? 'a deal'}. Use the left and right arrow keys to move it to another stage, Space to drop it, Escape to cancel.`,
    onDragOver: ({ over }) => (over ? `Over ${stageLabel(String(over.id))}.` : 'Not over a stage.'),
    onDragEnd: ({ active, over }) =>
      over ? `${dealOf({ active })?.name ?? 'The deal'} dropped in ${stageLabel(String(over.id))}.` : 'Dropped where it was.',
    onDragCancel: ({ active }) => `${dealOf({ active })?.name ?? 'The deal'} stays where it was.`,
  };

  return (
    <DndContext sensors={sensors} collisionDetection={collision} onDragEnd={onDragEnd} accessibility={{ announcements }}>
      <div className="-mx-4 overflow-x-auto px-4 pb-2 sm:mx-0 sm:px-0" role="region" aria-label="Pipeline" tabIndex={0}>
        <div className="flex snap-x gap-3">
          {columns.map((column) => (
            <StageColumn key={column.stage} column={column} stages={stages} actions={actions} removed={!stages.includes(column.stage)} />
          ))}
        </div>
      </div>
    </DndContext>
  );
}

function StageColumn({
  column,
  stages,
  actions,
  removed,
}: {
  column: BoardColumn<Deal>;
  stages: readonly string[];
  actions: DealActions;
  removed: boolean;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage, disabled: removed });
  const headingId = `stage-${column.stage.replace(/\W+/g, '-')}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-stage={column.stage}
      className={`flex w-[17rem] shrink-0 snap-start flex-col lg:w-auto lg:min-w-[15rem] lg:flex-1 rounded-lg bg-surface-muted p-2 ring-1 ${isOver ? 'ring-2 ring-accent' : 'ring-line'}`}
    >
      <header className="mb-2 px-1">
        <h2 id={headingId} className="flex items-baseline justify-between gap-2 text-sm font-semibold text-fg">
          <span className="truncate">{stageLabel(column.stage)}</span>
          <span className="shrink-0 rounded-full bg-surface px-2 text-xs font-medium text-fg-muted ring-1 ring-line">
            {column.deals.length}
          </span>
        </h2>
        <p className="text-xs tabular-nums text-fg-muted">
          {column.totals.length === 0 ? '—' : column.totals.map((t) => formatMoney(t.amount, t.currency)).join(' · ')}
          {removed ? ' · no longer a stage' : ''}
        </p>
      </header>
      <ul className="flex min-h-24 flex-1 flex-col gap-2" aria-labelledby={headingId}>
        {column.deals.map((deal) => (
          <DealCard key={deal.id} deal={deal} stages={stages} actions={actions} />
        ))}
        {column.deals.length === 0 ? (
          <li className="rounded-md border border-dashed border-line-strong p-3 text-center text-xs text-fg-subtle">No deals</li>
        ) : null}
      </ul>
    </section>
  );
}
