import { Lock } from 'lucide-react';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { cellText } from '../lib/grid';

export const LOCKED_LABEL = 'Locked: approved or invoiced time';

interface TimesheetCellProps {
  /** "Acme Website, Tue 2 Dec". */
  name: string;
  seconds: number;
  locked: boolean;
  readOnly: boolean;
  saving: boolean;
  error: string | undefined;
  /** Position in the grid, for the arrow keys. */
  row: number;
  col: number;
  /** Called with the typed text when it changed (on blur, Enter moves on first). */
  onCommit: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** One day of one row: a text field taking any duration the shared parser reads, shown back as h:mm. */
export function TimesheetCell({ name, seconds, locked, readOnly, saving, error, row, col, onCommit, onKeyDown }: TimesheetCellProps) {
  const [draft, setDraftState] = useState<string | null>(null);
  // Enter commits and then moves focus (a blur): the ref keeps the second call from saving twice.
  const draftRef = useRef<string | null>(null);
  const setDraft = (value: string | null) => {
    draftRef.current = value;
    setDraftState(value);
  };
  const inputRef = useRef<HTMLInputElement>(null);
  // A saved value arriving while the cell still has the focus (Enter on the last row) replaces the
  // text: select it again, as focusing does, so the next keystroke or arrow acts on the whole cell.
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (input && document.activeElement === input && draftRef.current === null) input.select();
  }, [seconds]);
  const errorId = useId();
  const lockId = useId();
  const shown = draft ?? cellText(seconds);
  const commit = () => {
    const typed = draftRef.current;
    if (typed === null) return;
    setDraft(null);
    if (typed.trim() !== cellText(seconds)) onCommit(typed);
  };
  const describedBy = [locked ? lockId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <div className="relative">
        {locked ? (
          <span id={lockId} className="pointer-events-none absolute top-1/2 left-2 -translate-y-1/2 text-fg-subtle">
            <Lock role="img" aria-label={LOCKED_LABEL} className="size-3.5" />
          </span>
        ) : null}
        <input
          ref={inputRef}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-label={name}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-busy={saving || undefined}
          data-cell={`${row}:${col}`}
          readOnly={readOnly || locked}
          value={shown}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setDraft(null);
              return;
            }
            if (e.key === 'Enter') commit();
            onKeyDown(e);
          }}
          className={`w-full min-w-[4.5rem] rounded-md border py-1.5 pr-2 text-right text-sm tabular-nums focus:outline-2 focus:outline-focus ${
            locked ? 'pl-6' : 'pl-2'
          } ${error ? 'border-danger bg-danger-soft' : locked ? 'border-line bg-surface-strong text-fg-secondary' : 'border-line-strong bg-surface'} ${
            saving ? 'opacity-60' : ''
          }`}
        />
      </div>
      {saving ? (
        <span className="sr-only" role="status">
          Saving…
        </span>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="mt-1 max-w-[10rem] text-left text-xs text-danger-fg">
          {error}
        </p>
      ) : null}
    </div>
  );
}
