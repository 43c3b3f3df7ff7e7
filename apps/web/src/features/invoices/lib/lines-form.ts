import type { Invoice } from '../api/types';

/** One line as typed: text in the inputs; `id` for a line the invoice already has (it keeps its entry). */
export interface LineValues {
  key: string;
  id?: number;
  description: string;
  quantity: string;
  unitPrice: string;
}

export interface LineErrors {
  description?: string;
  quantity?: string;
  unitPrice?: string;
}

export interface LineBody {
  id?: number;
  description: string;
  quantity: number;
  unit_price: number;
}

let counter = 0;
/** A key for a row of the form (React's list key; never sent). */
export const newLineKey = () => `line-${++counter}`;

export const emptyLine = (): LineValues => ({ key: newLineKey(), description: '', quantity: '1', unitPrice: '' });

export const linesOf = (invoice: Pick<Invoice, 'lines'>): LineValues[] =>
  invoice.lines.map((l) => ({
    key: newLineKey(),
    id: l.id,
    description: l.description,
    quantity: String(l.quantity),
    unitPrice: String(l.unit_price),
  }));

/** "1,5" or "1.5" → 1.5; null when it is not a number with at most two decimals. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The line's amount in cents-exact arithmetic (quantity × unit price, rounded to the cent), or null while either is not a number. */
export function lineAmount(line: Pick<LineValues, 'quantity' | 'unitPrice'>): number | null {
  const quantity = parseAmount(line.quantity);
  const price = parseAmount(line.unitPrice);
  if (quantity === null || price === null) return null;
  return Math.round((Math.round(quantity * 100) * Math.round(price * 100)) / 100) / 100;
}

/** The sum of the lines that have an amount, added cent by cent. */
export function linesSubtotal(lines: LineValues[]): number {
  return lines.reduce((cents, l) => cents + Math.round((lineAmount(l) ?? 0) * 100), 0) / 100;
}

/** The typed lines → the request's lines, or the errors per row key, with the API's bounds (docs/api/invoices.md). */
export function buildLines(
  lines: LineValues[],
): { lines: LineBody[]; errors?: undefined } | { lines?: undefined; errors: Record<string, LineErrors> } {
  const errors: Record<string, LineErrors> = {};
  const body: LineBody[] = [];
  for (const line of lines) {
    const e: LineErrors = {};
    const description = line.description.trim();
    if (description === '') e.description = 'Describe the line.';
    else if (description.length > 500) e.description = 'At most 500 characters.';
    const quantity = parseAmount(line.quantity);
    if (quantity === null || quantity < 0.01 || quantity > 1_000_000)
      e.quantity = 'A quantity from 0.01 to 1,000,000, at most two decimals.';
    const price = parseAmount(line.unitPrice);
    if (price === null || price > 1_000_000_000) e.unitPrice = 'A price from 0 to 1,000,000,000, at most two decimals.';
    if (Object.keys(e).length > 0) errors[line.key] = e;
    else body.push({ ...(line.id !== undefined ? { id: line.id } : {}), description, quantity: quantity!, unit_price: price! });
  }
  return Object.keys(errors).length > 0 ? { errors } : { lines: body };
}

/** A tax rate as typed: blank is 0; null when it is not 0–100 with at most two decimals. */
export function parseTaxRate(text: string): number | null {
  if (text.trim() === '') return 0;
  const rate = parseAmount(text);
  return rate !== null && rate <= 100 ? rate : null;
}
