import { Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { formatMoney } from '@/lib/money';
import { emptyLine, lineAmount, linesSubtotal, type LineErrors, type LineValues } from '../lib/lines-form';

interface InvoiceLinesEditorProps {
  lines: LineValues[];
  onChange: (lines: LineValues[]) => void;
  currency: string;
  errors: Record<string, LineErrors>;
}

/**
 * The lines of a draft as inputs: description, quantity and unit price per line, its amount
 * computed as typed, a line added or removed. A removed line that billed time or an expense
 * frees it (it becomes billable again), which the hint under the list says.
 */
export function InvoiceLinesEditor({ lines, onChange, currency, errors }: InvoiceLinesEditorProps) {
  const update = (key: string, patch: Partial<LineValues>) => onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  return (
    <div className="space-y-3">
      {lines.length === 0 ? <p className="text-sm text-fg-muted">No lines: add one below.</p> : null}
      {lines.map((line, i) => {
        const amount = lineAmount(line);
        const e = errors[line.key] ?? {};
        return (
          <fieldset
            key={line.key}
            className="grid grid-cols-2 gap-x-3 gap-y-2 rounded-md p-3 ring-1 ring-line sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-start"
          >
            <legend className="sr-only">Line {i + 1}</legend>
            <TextField
              className="col-span-2 sm:col-span-4"
              label="Description"
              value={line.description}
              maxLength={500}
              error={e.description}
              onChange={(ev) => update(line.key, { description: ev.target.value })}
            />
            <TextField
              label="Quantity"
              inputMode="decimal"
              value={line.quantity}
              error={e.quantity}
              onChange={(ev) => update(line.key, { quantity: ev.target.value })}
            />
            <TextField
              label={`Unit price (${currency})`}
              inputMode="decimal"
              value={line.unitPrice}
              error={e.unitPrice}
              onChange={(ev) => update(line.key, { unitPrice: ev.target.value })}
            />
            <div className="text-sm">
              <span className="block font-medium text-fg-secondary">Amount</span>
              <output className="mt-1 block py-2 tabular-nums text-fg" aria-label={`Amount of line ${i + 1}`}>
                {amount === null ? '—' : formatMoney(amount, currency)}
              </output>
            </div>
            <div className="flex items-end sm:mt-6">
              <Button
                variant="secondary"
                aria-label={`Remove line ${i + 1}`}
                onClick={() => onChange(lines.filter((l) => l.key !== line.key))}
              >
                <Trash2 aria-hidden="true" className="size-4" />
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Button variant="secondary" onClick={() => onChange([...lines, emptyLine()])}>
          <Plus aria-hidden="true" className="mr-1 size-4" /> Add line
        </Button>
        <p className="text-sm text-fg-secondary">
          Subtotal <span className="font-semibold tabular-nums text-fg">{formatMoney(linesSubtotal(lines), currency)}</span>
        </p>
      </div>
    </div>
  );
}
