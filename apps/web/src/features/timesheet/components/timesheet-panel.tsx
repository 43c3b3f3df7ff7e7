import { addDays, parseDuration } from '@timekeeper/shared';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { useAccess } from '@/lib/access';
import { useDates } from '@/lib/time-settings';
import { useCopyPreviousWeek } from '../api/copy-previous-week';
import { useTimesheet } from '../api/get-timesheet';
import { usePutTimesheet } from '../api/put-timesheet';
import { buildGrid, cellKey, dayLabeller, rowKey, saveErrorMessage, weekRangeLabel, type GridRow, type RowRef } from '../lib/grid';
import { AddRowForm } from './add-row-form';
import { TimesheetGrid } from './timesheet-grid';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const BAD_DURATION = 'Type a duration such as 1:30, 1.5, 90m or 1h30 (at most 24 hours).';

/**
 * The weekly timesheet page (docs/guides/tracking-time.md#weekly-timesheet): the person's own week,
 * `?week=` any day of it (default: this week), with previous/next/this-week buttons.
 */
export function TimesheetPanel() {
  const dates = useDates();
  const [params, setParams] = useSearchParams();
  const asked = params.get('week');
  const week = dates.weekStartOf(asked && DAY.test(asked) ? asked : dates.today());
  const thisWeek = dates.weekStartOf(dates.today());
  const go = (day: string) => setParams(day === thisWeek ? {} : { week: day });
  const range = weekRangeLabel(dates.settings.locale, week, addDays(week, 6));

  return (
    <section aria-label="Weekly timesheet" className="space-y-4 rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-base font-semibold text-fg" aria-live="polite">
          Week of {range}
        </h2>
        <nav aria-label="Weeks" className="flex gap-2">
          <Button variant="secondary" onClick={() => go(addDays(week, -7))} aria-label="Previous week">
            <ChevronLeft aria-hidden="true" className="size-4" />
          </Button>
          <Button variant="secondary" onClick={() => go(thisWeek)} disabled={week === thisWeek}>
            This week
          </Button>
          <Button variant="secondary" onClick={() => go(addDays(week, 7))} aria-label="Next week">
            <ChevronRight aria-hidden="true" className="size-4" />
          </Button>
        </nav>
      </div>
      <WeekGrid key={week} week={week} locale={dates.settings.locale} />
    </section>
  );
}

/** One week: its rows (saved and added here), the cells being saved and each cell's error. */
function WeekGrid({ week, locale }: { week: string; locale: string }) {
  const query = useTimesheet(week);
  const put = usePutTimesheet();
  const copy = useCopyPreviousWeek();
  const access = useAccess();
  const canWrite = access.can('create_time_entries');
  const [added, setAdded] = useState<RowRef[]>([]);
  const [pending, setPending] = useState<ReadonlyMap<string, number>>(new Map());
  // The latest values being saved, for a row saved again before the first answer arrived.
  const pendingRef = useRef<ReadonlyMap<string, number>>(pending);
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [adding, setAdding] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  // A row just added: its first cell takes the focus once it is rendered.
  const focusRow = useRef<string | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const dayLabel = useMemo(() => dayLabeller(locale), [locale]);
  const grid = useMemo(() => (query.data ? buildGrid(query.data, added, pending) : null), [query.data, added, pending]);

  useEffect(() => {
    if (!focusRow.current || !grid) return;
    const index = grid.rows.findIndex((r) => r.key === focusRow.current);
    containerRef.current?.querySelector<HTMLInputElement>(`input[data-cell="${index}:0"]`)?.focus();
    focusRow.current = null;
  }, [grid]);

  const setError = (key: string, message: string | null) =>
    setErrors((current) => {
      const next = new Map(current);
      if (message === null) next.delete(key);
      else next.set(key, message);
      return next;
    });

  function commit(row: GridRow, day: number, text: string) {
    const key = cellKey(row.key, day);
    const seconds = text.trim() === '' ? 0 : parseDuration(text);
    if (seconds === null || seconds > 86_400) return setError(key, BAD_DURATION);
    setError(key, null);
    const days = row.cells.map((cell, i) => (i === day ? seconds : (pendingRef.current.get(cellKey(row.key, i)) ?? cell.seconds)));
    const nextPending = new Map(pendingRef.current).set(key, seconds);
    pendingRef.current = nextPending;
    setPending(nextPending);
    setSaving((s) => new Set(s).add(key));
    const settle = () => {
      setSaving((s) => {
        const next = new Set(s);
        next.delete(key);
        return next;
      });
      if (pendingRef.current.get(key) !== seconds) return;
      const next = new Map(pendingRef.current);
      next.delete(key);
      pendingRef.current = next;
      setPending(next);
    };
    put
      .mutateAsync({ week, rows: [{ project_id: row.project.id, task_id: row.task?.id ?? null, days }] })
      .then(settle, (error: unknown) => {
        settle();
        setError(key, saveErrorMessage(error));
      });
  }

  function addRow(row: RowRef) {
    setAdding(false);
    setAdded((rows) => [...rows, row]);
    focusRow.current = rowKey(row.project.id, row.task?.id);
  }

  function copyLastWeek() {
    setNote(null);
    copy.mutate(week, {
      onSuccess: (copied) => {
        const have = new Set(grid?.rows.map((r) => r.key));
        const fresh = copied.rows.filter((r) => !have.has(rowKey(r.project.id, r.task?.id)));
        setAdded((rows) => [...rows, ...fresh.map((r) => ({ project: r.project, task: r.task }))]);
        setNote(
          fresh.length === 0
            ? 'Last week has no rows this week does not already have.'
            : `Added ${fresh.length} ${fresh.length === 1 ? 'row' : 'rows'} from last week: fill in the hours to keep them.`,
        );
      },
    });
  }

  if (query.isPending) return <Spinner label="Loading your week…" />;
  if (query.isError || !grid) return <ErrorMessage error={query.error} title="Could not load this week" />;

  return (
    <div ref={containerRef} className="space-y-4">
      {grid.rows.length === 0 ? (
        <EmptyState title="No time this week — add a row or copy last week" />
      ) : (
        <TimesheetGrid
          days={query.data.days}
          dayLabel={dayLabel}
          rows={grid.rows}
          dayTotals={grid.dayTotals}
          weekTotal={grid.weekTotal}
          readOnly={!canWrite}
          saving={saving}
          errors={errors}
          onCommit={commit}
        />
      )}
      {canWrite ? (
        <>
          {adding ? <AddRowForm onAdd={addRow} onCancel={() => setAdding(false)} /> : null}
          <div className="flex flex-wrap items-center gap-2">
            {adding ? null : (
              <Button variant="secondary" onClick={() => setAdding(true)}>
                Add row
              </Button>
            )}
            <Button variant="secondary" onClick={copyLastWeek} disabled={copy.isPending}>
              {copy.isPending ? 'Copying…' : 'Copy last week'}
            </Button>
            {saving.size > 0 ? (
              <span className="text-sm text-fg-muted" role="status">
                Saving…
              </span>
            ) : null}
          </div>
          {note ? (
            <p role="status" className="text-sm text-fg-muted">
              {note}
            </p>
          ) : null}
          {copy.isError ? <ErrorMessage error={copy.error} title="Could not copy last week" /> : null}
        </>
      ) : null}
    </div>
  );
}
