import { TextField } from '@/components/ui/text-field';
import { durationPreview, type EntryFormErrors, type EntryFormValues, type EntryMode } from '../lib/entry-form';

interface EntryTimeFieldsProps {
  values: EntryFormValues;
  errors: EntryFormErrors;
  onChange: (patch: Partial<EntryFormValues>) => void;
  /** A running entry's times belong to the timer. */
  disabled?: boolean;
}

const MODES: { value: EntryMode; label: string }[] = [
  { value: 'range', label: 'Start and end' },
  { value: 'duration', label: 'Duration' },
];

/** Day, then either start + end or start + duration. */
export function EntryTimeFields({ values, errors, onChange, disabled }: EntryTimeFieldsProps) {
  return (
    <div className="space-y-3">
      <fieldset disabled={disabled}>
        <legend className="text-sm font-medium text-fg-secondary">Time given as</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {MODES.map((m) => (
            <label key={m.value} className="flex items-center gap-2 text-sm text-fg-secondary">
              <input
                type="radio"
                name="entry-mode"
                value={m.value}
                checked={values.mode === m.value}
                onChange={() => onChange({ mode: m.value })}
                className="h-4 w-4 border-line-strong text-accent-fg focus:ring-focus"
              />
              {m.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <TextField
          label="Date"
          type="date"
          required
          value={values.date}
          disabled={disabled}
          onChange={(e) => onChange({ date: e.target.value })}
          error={errors.date}
        />
        <TextField
          label="Start"
          type="time"
          required
          value={values.start}
          disabled={disabled}
          onChange={(e) => onChange({ start: e.target.value })}
          error={errors.start}
        />
        {values.mode === 'range' ? (
          <TextField
            label="End"
            type="time"
            required
            value={values.end}
            disabled={disabled}
            onChange={(e) => onChange({ end: e.target.value })}
            error={errors.end}
          />
        ) : (
          <DurationField
            value={values.duration}
            error={errors.duration}
            disabled={disabled}
            onChange={(duration) => onChange({ duration })}
          />
        )}
      </div>
    </div>
  );
}

interface DurationFieldProps {
  value: string;
  error: string | undefined;
  disabled: boolean | undefined;
  onChange: (duration: string) => void;
}

/** A typed duration (docs/guides/tracking-time.md#typing-a-duration), with what it was read as next to it. */
function DurationField({ value, error, disabled, onChange }: DurationFieldProps) {
  const preview = durationPreview(value);
  return (
    <div>
      <TextField
        label="Duration"
        required
        placeholder="1:30"
        autoComplete="off"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        aria-description="For example 1:30, 1.5, 90 (minutes), 1h30 or 2 hours"
      />
      {/* Once the form has said why it cannot save, the live reading would only repeat it. */}
      <p aria-live="polite" className={`mt-1 text-sm ${preview.seconds === null ? 'text-warning-fg' : 'font-medium text-fg-secondary'}`}>
        {error && preview.seconds === null ? '' : preview.text}
      </p>
    </div>
  );
}
