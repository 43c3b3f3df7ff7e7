import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';

export interface FinancialValues {
  hourly_rate: string;
  budget_amount: string;
  currency: string;
}

export function financialValues(p: { hourly_rate?: number | null; budget_amount?: number | null; currency?: string }): FinancialValues {
  return { hourly_rate: p.hourly_rate?.toString() ?? '', budget_amount: p.budget_amount?.toString() ?? '', currency: p.currency ?? 'EUR' };
}

/** Empty means "no rate" / "no budget" (null); amounts are sent as numbers. */
export function financialInput(v: FinancialValues) {
  const amount = (s: string) => (s.trim() === '' ? null : Number(s));
  return { hourly_rate: amount(v.hourly_rate), budget_amount: amount(v.budget_amount), currency: v.currency.trim().toUpperCase() };
}

/** The amounts, empty for none: same input, their own label. */
const AMOUNTS = [
  { key: 'hourly_rate', label: 'Hourly rate' },
  { key: 'budget_amount', label: 'Budget' },
] as const satisfies readonly { key: keyof FinancialValues; label: string }[];

interface FinancialFieldsProps {
  values: FinancialValues;
  onChange: (values: FinancialValues) => void;
  error: unknown;
}

/** Hourly rate, budget and currency, with the API's field errors next to them. */
export function FinancialFields({ values, onChange, error }: FinancialFieldsProps) {
  const set = (key: keyof FinancialValues) => (e: { target: { value: string } }) => onChange({ ...values, [key]: e.target.value });
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {AMOUNTS.map(({ key, label }) => (
        <TextField
          key={key}
          label={label}
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          value={values[key]}
          onChange={set(key)}
          error={fieldError(error, key)}
        />
      ))}
      <TextField
        label="Currency (ISO code)"
        required
        maxLength={3}
        autoCapitalize="characters"
        value={values.currency}
        onChange={(e) => onChange({ ...values, currency: e.target.value.toUpperCase() })}
        error={fieldError(error, 'currency')}
      />
    </div>
  );
}
