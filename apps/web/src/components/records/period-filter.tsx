import type { ReactNode } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { PERIOD_OPTIONS, periodOf, periodRange, type DateRangeValue } from '@/lib/records/periods';
import { useDates } from '@/lib/time-settings';

interface PeriodFilterProps {
  value: DateRangeValue;
  onChange: (next: DateRangeValue) => void;
  /** Width classes of the period select. */
  className?: string;
}

/** A named period (today, this week, last month… in the person's zone and week) or a custom From/To range. */
export function PeriodFilter({ value, onChange, className = 'col-span-2 sm:w-36' }: PeriodFilterProps) {
  const dates = useDates();
  const set = (patch: Partial<DateRangeValue>) => onChange({ ...value, ...patch });
  return (
    <>
      <SelectField
        className={className}
        label="Period"
        value={periodOf({ start: value.start_date, end: value.end_date }, dates)}
        onChange={(e) => {
          const range = periodRange(e.target.value, dates);
          if (range) set({ start_date: range.start, end_date: range.end });
        }}
        options={PERIOD_OPTIONS}
      />
      <TextField
        className="sm:w-40"
        label="From"
        type="date"
        value={value.start_date}
        max={value.end_date}
        onChange={(e) => set({ start_date: e.target.value })}
      />
      <TextField
        className="sm:w-40"
        label="To"
        type="date"
        value={value.end_date}
        min={value.start_date}
        onChange={(e) => set({ end_date: e.target.value })}
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
