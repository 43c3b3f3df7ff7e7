import { useState, type ReactNode } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { PERIOD_OPTIONS, periodOf, periodRange, rangeProblem, type DateRangeValue } from '@/lib/records/periods';
import { useDates } from '@/lib/time-settings';
import { DateRangeFields } from './date-range-fields';

interface PeriodFilterProps {
  value: DateRangeValue;
  onChange: (next: DateRangeValue) => void;
  /** Width classes of the period select. */
  className?: string;
}

/**
 * A named period (today, this week, last month… in the person's zone and week start) or a custom
 * From/To range. A range with a missing day or an end before its start stays in the fields, said
 * beside them, and is not applied: the list keeps the last usable range.
 */
export function PeriodFilter({ value, onChange, className = 'col-span-2 sm:w-36' }: PeriodFilterProps) {
  const dates = useDates();
  const [draft, setDraft] = useState<DateRangeValue | null>(null);
  const shown = draft ?? value;
  const set = (patch: Partial<DateRangeValue>) => {
    const next = { ...shown, ...patch };
    if (rangeProblem(next.start_date, next.end_date)) return setDraft(next);
    setDraft(null);
    onChange({ ...value, ...next });
  };
  return (
    <>
      <SelectField
        className={className}
        label="Period"
        value={periodOf({ start: shown.start_date, end: shown.end_date }, dates)}
        onChange={(e) => {
          const range = periodRange(e.target.value, dates);
          if (range) set({ start_date: range.start, end_date: range.end });
        }}
        options={PERIOD_OPTIONS}
      />
      <DateRangeFields
        start={shown.start_date}
        end={shown.end_date}
        onStartChange={(start_date) => set({ start_date })}
        onEndChange={(end_date) => set({ end_date })}
      />
    </>
  );
}

/** The white bar that holds a list's or a report's filters. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      className="grid w-full grid-cols-2 items-end gap-3 rounded-lg bg-surface p-3 shadow-sm ring-1 ring-line sm:flex sm:w-auto sm:flex-wrap"
      role="search"
      aria-label={label}
    >
      {children}
    </div>
  );
}
