import { TextField } from '@/components/ui/text-field';
import { rangeProblem } from '@/lib/records/periods';
import { useDates } from '@/lib/time-settings';

interface DateRangeFieldsProps {
  start: string;
  end: string;
  onStartChange: (day: string) => void;
  onEndChange: (day: string) => void;
  startLabel?: string;
  endLabel?: string;
  /** Errors from elsewhere (the API, the rest of the form); the range's own problems come first. */
  startError?: string | undefined;
  endError?: string | undefined;
  required?: boolean;
  className?: string;
}

/** The message for a range's own problem, by field; none when the range is usable. */
export function useRangeMessages(start: string, end: string): { start?: string; end?: string } {
  const { formatDay } = useDates();
  const problem = rangeProblem(start, end);
  if (problem === 'missing_start') return { start: 'Pick the first day.' };
  if (problem === 'missing_end') return { end: 'Pick the last day.' };
  if (problem === 'reversed') return { end: `Ends before it starts: pick ${formatDay(start)} or later.` };
  return {};
}

/**
 * The From/To pair of every date range (list filters, reports, invoices from time): the end's
 * picker starts at the start (`min`), the start's stops at the end (`max`), and a reversed or
 * missing day is said beside its field. Forms keep their submit disabled while `rangeProblem` is set.
 */
export function DateRangeFields({
  start,
  end,
  onStartChange,
  onEndChange,
  startLabel = 'From',
  endLabel = 'To',
  startError,
  endError,
  required,
  className = 'sm:w-40',
}: DateRangeFieldsProps) {
  const own = useRangeMessages(start, end);
  return (
    <>
      <TextField
        className={className}
        label={startLabel}
        type="date"
        required={required}
        value={start}
        max={end || undefined}
        onChange={(e) => onStartChange(e.target.value)}
        error={own.start ?? startError}
      />
      <TextField
        className={className}
        label={endLabel}
        type="date"
        required={required}
        value={end}
        min={start || undefined}
        onChange={(e) => onEndChange(e.target.value)}
        error={own.end ?? endError}
      />
    </>
  );
}
