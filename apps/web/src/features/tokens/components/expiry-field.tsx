import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { dateBounds, expiryPresets, type ExpiryChoice } from '../lib/expiry';

interface ExpiryFieldProps {
  maxDays: number;
  choice: ExpiryChoice;
  date: string;
  onChoice: (choice: ExpiryChoice) => void;
  onDate: (date: string) => void;
  error?: string | undefined;
}

/** Required: a preset lifetime within the server's maximum, or a day. */
export function ExpiryField({ maxDays, choice, date, onChoice, onDate, error }: ExpiryFieldProps) {
  const bounds = dateBounds(maxDays);
  const options = [
    ...expiryPresets(maxDays).map((d) => ({ value: String(d), label: `In ${d} days` })),
    { value: 'date', label: 'On a date…' },
  ];
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField
        label={`Expires (at most ${maxDays} days)`}
        required
        placeholder="Choose an expiry…"
        options={options}
        value={choice}
        onChange={(e) => onChoice(e.target.value as ExpiryChoice)}
        error={choice === 'date' ? undefined : error}
      />
      {choice === 'date' ? (
        <TextField
          label="Expiry date"
          type="date"
          required
          min={bounds.min}
          max={bounds.max}
          value={date}
          onChange={(e) => onDate(e.target.value)}
          error={error}
        />
      ) : null}
    </div>
  );
}
