import { useRef, type KeyboardEvent } from 'react';
import { formatDuration } from '@/lib/duration';
import { cellKey, type GridRow } from '../lib/grid';
import { TimesheetCell } from './timesheet-cell';

interface TimesheetGridProps {
  days: string[];
  dayLabel: (day: string) => string;
  rows: GridRow[];
  dayTotals: number[];
  weekTotal: number;
  readOnly: boolean;
  saving: ReadonlySet<string>;
  errors: ReadonlyMap<string, string>;
  onCommit: (row: GridRow, day: number, text: string) => void;
}

/**
 * The week as a table: a row per project and task, a column per day, totals on the right and at the
 * bottom. Tab goes through the cells in reading order; the arrow keys move between cells (left and
 * right once the caret is at the edge of the text); Enter saves and moves down.
 */
export function TimesheetGrid({ days, dayLabel, rows, dayTotals, weekTotal, readOnly, saving, errors, onCommit }: TimesheetGridProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const focusCell = (row: number, col: number) => {
    const input = tableRef.current?.querySelector<HTMLInputElement>(`input[data-cell="${row}:${col}"]`);
    if (!input) return false;
    input.focus();
    return true;
  };
  const move = (row: number, col: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0;
    const atEnd = input.selectionEnd === input.value.length;
    let moved = false;
    if (event.key === 'ArrowUp') moved = focusCell(row - 1, col);
    else if (event.key === 'ArrowDown' || event.key === 'Enter') moved = focusCell(row + 1, col);
    else if (event.key === 'ArrowLeft' && atStart) moved = focusCell(row, col - 1) || focusCell(row - 1, days.length - 1);
    else if (event.key === 'ArrowRight' && atEnd) moved = focusCell(row, col + 1) || focusCell(row + 1, 0);
    if (moved || event.key === 'Enter') event.preventDefault();
    // Enter on the last row: the value was saved, the text is selected for the next change.
    if (event.key === 'Enter' && !moved) input.select();
  };

  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table ref={tableRef} className="w-full min-w-[44rem] border-separate border-spacing-0 text-sm">
        <caption className="sr-only">Hours per project and day; totals per row and per day</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-surface px-3 py-2 text-left font-semibold text-fg">
              Project / task
            </th>
            {days.map((day) => (
              <th key={day} scope="col" className="px-1 py-2 text-right font-semibold whitespace-nowrap text-fg-secondary">
                {dayLabel(day)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-semibold text-fg">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.key} className="align-top">
              <th
                scope="row"
                className="sticky left-0 z-10 min-w-[8rem] max-w-[9rem] border-t border-line bg-surface px-3 py-2 text-left font-medium break-words text-fg sm:max-w-[18rem] sm:min-w-[14rem]"
              >
                {row.project.name}
                {row.task ? <span className="block text-xs font-normal text-fg-muted">{row.task.name}</span> : null}
              </th>
              {row.cells.map((cell, c) => {
                const key = cellKey(row.key, c);
                return (
                  <td key={cell.date} className="border-t border-line px-1 py-1.5">
                    <TimesheetCell
                      name={`${row.label}, ${dayLabel(cell.date)}`}
                      seconds={cell.seconds}
                      locked={cell.locked}
                      readOnly={readOnly}
                      saving={saving.has(key)}
                      error={errors.get(key)}
                      row={r}
                      col={c}
                      onCommit={(text) => onCommit(row, c, text)}
                      onKeyDown={move(r, c)}
                    />
                  </td>
                );
              })}
              <td className="border-t border-line px-3 py-2 text-right font-medium tabular-nums text-fg">{formatDuration(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th
              scope="row"
              className="sticky left-0 z-10 border-t-2 border-line-strong bg-surface px-3 py-2 text-left font-semibold text-fg"
            >
              Total
            </th>
            {dayTotals.map((total, i) => (
              <td key={days[i]} className="border-t-2 border-line-strong px-3 py-2 text-right font-medium tabular-nums text-fg">
                {formatDuration(total)}
              </td>
            ))}
            <td className="border-t-2 border-line-strong px-3 py-2 text-right font-semibold tabular-nums text-fg">
              {formatDuration(weekTotal)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
