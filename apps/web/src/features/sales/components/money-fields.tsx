import { TextField } from '@/components/ui/text-field';

interface MoneyFieldsProps {
  /** "Value", "Estimated value". */
  label: string;
  amount: string;
  currency: string;
  onChange: (patch: { amount?: string; currency?: string }) => void;
  amountError?: string | undefined;
  currencyError?: string | undefined;
}

/** An amount and its currency (empty: the organisation's default), side by side in a form's grid. */
export function MoneyFields({ label, amount, currency, onChange, amountError, currencyError }: MoneyFieldsProps) {
  return (
    <>
      <TextField
        label={label}
        inputMode="decimal"
        value={amount}
        onChange={(e) => onChange({ amount: e.target.value })}
        error={amountError}
      />
      <TextField
        label="Currency"
        maxLength={3}
        placeholder="Organisation default"
        value={currency}
        onChange={(e) => onChange({ currency: e.target.value })}
        error={currencyError}
      />
    </>
  );
}
